#!/bin/sh
# Checks the packaging files that cannot be built on this machine (RPM, Flatpak, AppImage, Windows, macOS) as far as
# a Debian machine can, plus the Linux files: XML well-formed, the Flatpak YAML parses, every file the manifests and
# CMake rules name exists, versions equal project(VERSION), app id, license and MIME types agree everywhere, man
# pages render without warnings, shell scripts parse, `rpmspec --parse` when rpm is installed.
#   check-static.sh [SOURCE_DIR [PROJECT_VERSION]]     (ctest: packaging.check-static)
# Exit status: 0 when every check passed, 1 otherwise. Missing optional tools are reported as skipped.
set -eu
src=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
version=${2:-}
command -v python3 >/dev/null 2>&1 || { echo "check-static: python3 is required" >&2; exit 1; }
exec python3 - "$src" "$version" <<'PY'
import gzip, os, re, shutil, struct, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

src, version = sys.argv[1], sys.argv[2]
pkg = os.path.join(src, "packaging")
problems, passed, skipped = [], 0, []

def ok(msg):
    global passed
    passed += 1
    print("ok:   " + msg)

def bad(msg):
    problems.append(msg)
    print("FAIL: " + msg)

def check(cond, msg):
    ok(msg) if cond else bad(msg)

def read(rel):
    with open(os.path.join(pkg, rel), encoding="utf-8") as f:
        return f.read()

# --- The single sources of truth: project(VERSION) and CAIRN_APP_ID in the top CMakeLists.txt --------------------
top = open(os.path.join(src, "CMakeLists.txt"), encoding="utf-8").read()
m = re.search(r"project\(\s*\w+\s+VERSION\s+([0-9][0-9.]*)", top)
project_version = m.group(1) if m else ""
if not version:
    version = project_version
check(version and version == project_version, f"project(VERSION) is {project_version!r} (expected {version!r})")
m = re.search(r'set\(CAIRN_APP_ID\s+"([^"]+)"\)', top)
app_id = m.group(1) if m else ""
check(app_id == "org.cairn.Cairn", f"CAIRN_APP_ID is {app_id!r}")

def configure(text):
    # What CMake's configure_file(@ONLY) makes of a template, for the checks below.
    for k, v in {"PROJECT_VERSION": version, "CAIRN_APP_ID": app_id, "CAIRN_RELEASE_DATE": "2000-01-01",
                 "PROJECT_HOMEPAGE_URL": "https://example.org/cairn", "CAIRN_MACOS_MINIMUM": "11.0"}.items():
        text = text.replace("@" + k + "@", v)
    return text

# --- XML well-formedness -------------------------------------------------------------------------------------------
xml_files = ["linux/org.cairn.Cairn.metainfo.xml.in", "macos/Info.plist.in", "windows/wix-open-with.xml",
             "icons/org.cairn.Cairn.svg"]
trees = {}
for rel in xml_files:
    path = os.path.join(pkg, rel)
    if not os.path.exists(path):
        bad(f"{rel} exists")
        continue
    try:
        trees[rel] = ET.fromstring(configure(read(rel)).encode("utf-8"))
        ok(f"{rel} is well-formed XML")
    except ET.ParseError as e:
        bad(f"{rel} is well-formed XML: {e}")
if "macos/Info.plist.in" in trees:
    import plistlib
    try:
        plist = plistlib.loads(configure(read("macos/Info.plist.in")).encode("utf-8"))
        ok("macos/Info.plist.in is a valid property list")
    except Exception as e:  # noqa: BLE001 - any parse error is a finding
        plist = {}
        bad(f"macos/Info.plist.in is a valid property list: {e}")
else:
    plist = {}

# --- Version: one source, everything else configured from it or checked against it -------------------------------
changelog = read("linux/changelog")
m = re.match(r"cairn \(([^)]+)\) \w+; urgency=\w+\n", changelog)
check(m and m.group(1) == version, f"linux/changelog top entry is {m.group(1) if m else None!r}, project {version!r}")
spec = read("rpm/cairn.spec")
m = re.search(r"^Version:\s*(\S+)", spec, re.M)
check(m and m.group(1) == version, f"rpm/cairn.spec Version {m.group(1) if m else None!r} equals {version!r}")
m = re.search(r"^%changelog\s*\n\*[^\n]* - (\S+)-\d+\s*$", spec, re.M)
check(m and m.group(1) == version, f"rpm/cairn.spec top %changelog entry is for {version!r}")
metainfo_in = read("linux/org.cairn.Cairn.metainfo.xml.in")
check('version="@PROJECT_VERSION@"' in metainfo_in, "metainfo release version is configured from PROJECT_VERSION")
check(plist.get("CFBundleShortVersionString") == version and plist.get("CFBundleVersion") == version,
      "Info.plist versions are configured from PROJECT_VERSION")
# No other packaging file may carry the version by hand.
allowed = {"linux/changelog", "rpm/cairn.spec", "README.md"}
hard = []
for dirpath, _, files in os.walk(pkg):
    for name in files:
        rel = os.path.relpath(os.path.join(dirpath, name), pkg)
        if rel in allowed or rel.startswith("icons/") or rel.endswith((".png", ".ico", ".icns")):
            continue
        try:
            text = open(os.path.join(dirpath, name), encoding="utf-8").read()
        except UnicodeDecodeError:
            continue
        if re.search(r"(?<![\d.])" + re.escape(version) + r"(?![\d.])", text):
            hard.append(rel)
check(not hard, "no hard-coded version outside changelog and spec" + (f": {hard}" if hard else ""))

# --- App id and names agree everywhere -------------------------------------------------------------------------------
desktop_path = os.path.join(pkg, "linux", app_id + ".desktop")
check(os.path.exists(desktop_path), f"linux/{app_id}.desktop exists")
desktop = open(desktop_path, encoding="utf-8").read() if os.path.exists(desktop_path) else ""
entries = dict(re.findall(r"^([A-Za-z\[\]_@-]+)=(.*)$", desktop, re.M))
check(entries.get("Icon") == app_id, f"desktop Icon= is {app_id}")
check(entries.get("Exec", "").split()[0:1] == ["cairn"], "desktop Exec= runs cairn")
for lang in ["ar", "zh_CN", "fr", "ru", "es"]:
    check(f"GenericName[{lang}]" in entries and f"Comment[{lang}]" in entries,
          f"desktop entry is translated to {lang}")
mi = trees.get("linux/org.cairn.Cairn.metainfo.xml.in")
if mi is not None:
    XL = "{http://www.w3.org/XML/1998/namespace}lang"
    check(mi.findtext("id") == app_id, "metainfo <id> is the app id")
    check(mi.findtext("launchable") == app_id + ".desktop", "metainfo launchable is the desktop file")
    langs = {s.get(XL) for s in mi.findall("summary") if s.get(XL)}
    check({"ar", "zh_CN", "fr", "ru", "es"} <= langs, f"metainfo summary is translated (have {sorted(langs)})")
check(plist.get("CFBundleIdentifier") == app_id, "Info.plist CFBundleIdentifier is the app id")
for rel in [f"icons/{app_id}.svg"] + [f"icons/hicolor/{n}x{n}/{app_id}.png" for n in (16, 22, 24, 32, 48, 64, 128, 256, 512)]:
    path = os.path.join(pkg, rel)
    if not os.path.exists(path):
        bad(f"{rel} exists")
        continue
    if rel.endswith(".png"):
        with open(path, "rb") as f:
            head = f.read(24)
        n = int(rel.split("/")[2].split("x")[0])
        w, h = struct.unpack(">II", head[16:24]) if head[:8] == b"\x89PNG\r\n\x1a\n" else (0, 0)
        check((w, h) == (n, n), f"{rel} is a {n}x{n} PNG")
    else:
        ok(f"{rel} exists")
for rel, magic in [("icons/cairn.ico", b"\x00\x00\x01\x00"), ("icons/cairn.icns", b"icns")]:
    path = os.path.join(pkg, rel)
    check(os.path.exists(path) and open(path, "rb").read(4) == magic, f"{rel} exists and is an {rel[-3:]} file")
check(plist.get("CFBundleIconFile") == "cairn.icns", "Info.plist names cairn.icns")

# --- MIME types: what the issue asks for, in the desktop entry and the macOS document types ------------------------
want_mime = ["video/mp4", "video/x-matroska", "video/webm", "video/quicktime", "video/x-msvideo", "video/ogg",
             "application/x-subrip", "text/vtt"]
have_mime = [t for t in entries.get("MimeType", "").split(";") if t]
check(have_mime == want_mime, f"desktop MimeType= lists exactly {want_mime}")
exts = set()
for d in plist.get("CFBundleDocumentTypes", []):
    exts.update(d.get("CFBundleTypeExtensions", []))
check({"mp4", "mkv", "webm", "mov", "avi", "ogv", "srt", "vtt"} <= exts, "Info.plist opens the same types")
wix = read("windows/wix-open-with.xml") if os.path.exists(os.path.join(pkg, "windows/wix-open-with.xml")) else ""
check(all(f'"{e}"' in wix or f"\\{e}\\" in wix for e in [".mp4", ".mkv", ".webm", ".mov", ".avi", ".ogv", ".srt", ".vtt"]),
      "the WiX patch registers the same types")

# --- License: one license, named the same way everywhere ---------------------------------------------------------------
copyright = read("linux/copyright")
m = re.search(r"^Files: \*\n(?:[^\n]+\n)*?License: (\S+)", copyright, re.M)
dep5 = m.group(1) if m else ""
spdx = {"GPL-3+": "GPL-3.0-or-later", "GPL-2+": "GPL-2.0-or-later", "MIT": "MIT", "Apache-2.0": "Apache-2.0",
        "BSD-3-clause": "BSD-3-Clause", "LGPL-2.1+": "LGPL-2.1-or-later", "MPL-2.0": "MPL-2.0"}.get(dep5, dep5)
mi_license = mi.findtext("project_license") if mi is not None else None
m = re.search(r"^License:\s*(\S+)", spec, re.M)
check(spdx and mi_license == spdx and m and m.group(1) == spdx,
      f"license agrees: copyright {dep5!r}, metainfo {mi_license!r}, spec {m.group(1) if m else None!r}")
check(copyright.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"),
      "linux/copyright is machine-readable (DEP-5)")

# --- Files named by the CMake rules, the spec, the Flatpak manifest and the AppImage script exist ------------------
cm = read("CMakeLists.txt") + read("windows/windows.cmake") + read("macos/macos.cmake")
cm = "\n".join(l for l in cm.splitlines() if not l.lstrip().startswith("#"))      # names in comments do not count
cm = re.sub(r"DESTINATION\s+\S+", "", cm.replace("${CAIRN_ICON_DIR}/", "icons/"))  # nor install destinations
refs = set(re.findall(r"\b((?:linux|icons|windows|macos|tests|rpm|flatpak|appimage)/[\w.${}/@-]+)", cm))
missing = []
for r in sorted(refs):
    path = r.replace("${CAIRN_APP_ID}", app_id).rstrip(".")
    if "$" in path or "@" in path:
        continue
    if not os.path.exists(os.path.join(pkg, path)):
        missing.append(r)
check(not missing, f"every packaging file named in the CMake rules exists ({len(refs)} names)" + (f", missing {missing}" if missing else ""))
for binary in ["cairn", "cairn-cli"]:
    check(os.path.exists(os.path.join(pkg, "linux/man", binary + ".1")), f"man page linux/man/{binary}.1 exists")
check(os.path.isdir(os.path.join(src, "resources/sample")) and os.path.exists(os.path.join(src, "resources/sample/cairn.json")),
      "the sample pack resources/sample/cairn.json exists")
# The spec's %files use the same names as the install rules.
for name in [f"{app_id}.desktop", f"{app_id}.metainfo.xml", f"{app_id}.svg", f"{app_id}.png", "cairn.1", "cairn-cli.1",
             "%{_docdir}/%{name}/copyright", "changelog.gz", "cairn.conf.example", "%{_datadir}/cairn/"]:
    check(name in spec, f"rpm/cairn.spec %files lists {name}")
for pkgname in ["qt6-qtbase-devel", "qt6-qtmultimedia-devel", "qt6-qttools-devel", "sqlite-devel", "uchardet-devel",
                "libicu-devel", "catch-devel", "ffmpeg-free-devel"]:
    check(re.search(r"^BuildRequires:\s*" + re.escape(pkgname) + r"\b", spec, re.M), f"rpm/cairn.spec BuildRequires {pkgname}")

# Flatpak manifest: YAML parses (PyYAML when present, else a line-level check), app id, sources exist.
fp_rel = f"flatpak/{app_id}.yml"
fp_path = os.path.join(pkg, fp_rel)
fp_text = open(fp_path, encoding="utf-8").read() if os.path.exists(fp_path) else ""
check(fp_text, f"{fp_rel} exists")
manifest = None
try:
    import yaml
    try:
        manifest = yaml.safe_load(fp_text)
        ok(f"{fp_rel} is valid YAML (PyYAML)")
    except yaml.YAMLError as e:
        bad(f"{fp_rel} is valid YAML: {e}")
except ImportError:
    skipped.append("PyYAML not installed: Flatpak manifest checked line by line only")
    lines_ok = all("\t" not in l and re.match(r"^(\s*#.*|\s*|\s*- .*|\s*-|\s*[\w.-]+:.*)$", l) for l in fp_text.splitlines())
    check(lines_ok, f"{fp_rel} looks like YAML (no tabs, key: value / - item lines)")
    app_m = re.search(r"^app-id:\s*(\S+)", fp_text, re.M)
    manifest = {"app-id": app_m.group(1) if app_m else None, "command": (re.search(r"^command:\s*(\S+)", fp_text, re.M) or [None, None])[1],
                "modules": [{"sources": [{"type": "dir", "path": p} for p in re.findall(r"^\s+path:\s*(\S+)", fp_text, re.M)]}]}
if manifest:
    check(manifest.get("app-id") == app_id, "Flatpak app-id is the app id")
    check(manifest.get("command") == "cairn", "Flatpak command is cairn")
    check(str(manifest.get("runtime-version", "6")).startswith("6"), "Flatpak uses a Qt 6 KDE runtime")
    check("--share=network" not in fp_text.replace("no --share=network", ""), "Flatpak has no network access")
    for mod in manifest.get("modules", []):
        for s in mod.get("sources", []) if isinstance(mod, dict) else []:
            if "path" in s:
                p = os.path.normpath(os.path.join(os.path.dirname(fp_path), s["path"]))
                check(os.path.exists(p), f"Flatpak source path {s['path']} exists")
            if s.get("type") == "archive":
                sha = s.get("sha256", "")
                sha = "0" * 64 if sha == 0 else str(sha)   # an unquoted run of zeros reads as the integer 0
                if re.fullmatch(r"0{64}", sha):
                    skipped.append(f"Flatpak {mod.get('name')}: sha256 is still the placeholder (fill in before building)")
                else:
                    check(re.fullmatch(r"[0-9a-f]{64}", sha), f"Flatpak {mod.get('name')} sha256 is well-formed")
check("org.freedesktop.Platform.ffmpeg-full" in fp_text, "Flatpak adds the ffmpeg extension")

appimage = read("appimage/build-appimage.sh")
check("--plugin qt" in appimage and f"app_id={app_id}" in appimage and "$app_id.desktop" in appimage, "AppImage script uses linuxdeploy's Qt plugin and the desktop file")

# --- Windows and macOS settings in CMake ----------------------------------------------------------------------------
m = re.search(r'set\(CAIRN_WIX_UPGRADE_GUID "([0-9A-F-]+)"\)', read("CMakeLists.txt"))
check(m and re.fullmatch(r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}", m.group(1)),
      "WiX upgrade GUID is fixed and well-formed")
win = read("windows/windows.cmake")
check("windeployqt" in win and "NSIS" in win and "CPACK_WIX_UPGRADE_GUID" in win, "windows.cmake deploys Qt and configures NSIS and WiX")
mac = read("macos/macos.cmake")
check("macdeployqt" in mac and "MACOSX_BUNDLE_INFO_PLIST" in mac and "CPACK_DMG_VOLUME_NAME" in mac,
      "macos.cmake deploys Qt, uses Info.plist.in and configures the DMG")
check(re.search(r'CPACK_GENERATOR "NSIS;WIX"', read("CMakeLists.txt")) and 'CPACK_GENERATOR "DragNDrop"' in read("CMakeLists.txt"),
      "CPack generators: NSIS and WIX on Windows, DragNDrop on macOS")

# --- Man pages render without warnings (what lintian's groff check does) -------------------------------------------
if shutil.which("man"):
    for binary in ["cairn", "cairn-cli"]:
        with tempfile.NamedTemporaryFile("w", suffix=".1", delete=False, encoding="utf-8") as t:
            t.write(configure(read(f"linux/man/{binary}.1")))
        env = dict(os.environ, LC_ALL="C.UTF-8", MANROFFSEQ="", MANWIDTH="80")
        r = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", t.name],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        os.unlink(t.name)
        check(r.returncode == 0 and not r.stderr.strip(), f"man page {binary}.1 renders without warnings {r.stderr.strip()}")
else:
    skipped.append("man not installed: man pages not rendered")

# --- Shell scripts parse --------------------------------------------------------------------------------------------
for rel in ["tests/check-static.sh", "tests/deb-lintian.sh", "tests/clean-root-install.sh",
            "appimage/build-appimage.sh", "icons/render-icons.sh"]:
    r = subprocess.run(["sh", "-n", os.path.join(pkg, rel)], capture_output=True, text=True)
    check(r.returncode == 0, f"{rel} parses (sh -n) {r.stderr.strip()}")

# --- The RPM spec parses with rpm's own parser ----------------------------------------------------------------------
if shutil.which("rpmspec"):
    r = subprocess.run(["rpmspec", "--parse", os.path.join(pkg, "rpm/cairn.spec")], capture_output=True, text=True)
    check(r.returncode == 0, f"rpmspec --parse rpm/cairn.spec {r.stderr.strip()[:300]}")
    r = subprocess.run(["rpmspec", "--query", "--queryformat", "%{VERSION}\n", os.path.join(pkg, "rpm/cairn.spec")],
                       capture_output=True, text=True)
    check(r.stdout.split()[:1] == [version], f"rpmspec --query reports version {r.stdout.split()[:1]}")
else:
    skipped.append("rpmspec not installed (apt-get install rpm): spec parsed by regular expressions only")

for s in skipped:
    print("skip: " + s)
print(f"check-static: {passed} checks passed, {len(problems)} problems")
sys.exit(1 if problems else 0)
PY
