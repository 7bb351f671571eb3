// The floors a scan is measured against: what no indexer can avoid doing on the same tree.
//   floor_bench stat DIR   walk DIR and stat every entry (the least a rescan must do)
//   floor_bench read DIR   walk DIR and read every subtitle byte (.srt, .vtt) (the least a cold index must do)
// Prints one line: mode, files, bytes, milliseconds. Plain POSIX + std::filesystem, one thread, no Qt, so the
// figure is the cost of the file system and not of any framework.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

int main(int argc, char **argv)
{
    if (argc != 3 || (std::strcmp(argv[1], "stat") != 0 && std::strcmp(argv[1], "read") != 0)) {
        std::fprintf(stderr, "usage: floor_bench stat|read DIR\n");
        return 2;
    }
    const bool read = std::strcmp(argv[1], "read") == 0;
    const auto t0 = std::chrono::steady_clock::now();
    long long files = 0, bytes = 0;
    static char buf[1 << 16];
    for (const fs::directory_entry &e : fs::recursive_directory_iterator(argv[2])) {
        struct stat st;
        if (::stat(e.path().c_str(), &st) != 0)
            continue;
        ++files;
        if (!read || !S_ISREG(st.st_mode))
            continue;
        const std::string ext = e.path().extension().string();
        if (ext != ".srt" && ext != ".vtt")
            continue;
        const int fd = ::open(e.path().c_str(), O_RDONLY);
        if (fd < 0)
            continue;
        ssize_t n;
        while ((n = ::read(fd, buf, sizeof buf)) > 0)
            bytes += n;
        ::close(fd);
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::printf("%s files=%lld bytes=%lld ms=%.1f\n", argv[1], files, bytes, ms);
    return 0;
}
