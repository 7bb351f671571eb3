#!/usr/bin/python3
"""Start-up and first-frame times of Cairn, mpv and VLC, measured from outside and the same way for all three.

For each run: start a player process on a private Xvfb, then poll the X server every few milliseconds until
  mapped  - a top-level window of at least 200x150 is viewable (there is no window manager: top-levels are the
            root window's children),
  painted - the window is no longer one uniform colour (the application drew its interface),
  frame   - the window shows the video's first frame: at least MIN_MATCH pixels of the frame's dominant colour
            (taken from the file's first frame with ffmpeg, a colour no player's interface uses).
Times are from just before the process is started. The window is sampled on 11 full-width rows (a few KB per
poll, so polling does not load Xvfb); the video always crosses several of them.

Scenarios (--scenario, repeatable):
  file:PATH   launch the player with PATH (cold start to first frame)
  idle        launch the player without a file (start-up to a usable window); Cairn opens its library from
              --cairn-data (a CAIRN_DATA_DIR holding index.sqlite), else its first-run library
  activate:PATH  Cairn only: what a user waits for after choosing a tutorial in the open player. Cairn starts
              on a fresh first-run library (CAIRN_SAMPLE_PACK) holding two copies: "1 warm-up.mp4" (the test
              clip tests/data/player/lesson-2.mp4, which Cairn's idle warm-up prerolls, as it would the sample
              pack's clip) and "2 <PATH's name>". It is left idle for --settle seconds, then the second tile
              (PATH) is double-clicked through XTest; the time runs from the click to the first frame on screen. The thumbnail already
              shows the key colour, so the frame must add ACTIVATE_MATCH key pixels to what the library showed.
Players (--player, repeatable): cairn-gst, cairn-ffmpeg, mpv, vlc.

Audio (--audio): off (default: cairn --no-audio, mpv --no-audio, vlc --no-audio; no player opens a sound device
or decodes audio) or null-sink (a private PulseAudio with only a null sink; every player opens it).

As root, VLC runs as `nobody` (it refuses to run as root), with its own HOME; the others run as the caller.
Needs: Xvfb, ffmpeg, python3-xlib, mpv, vlc (apt-get install -y xvfb ffmpeg python3-xlib mpv vlc), pulseaudio
for --audio null-sink. Prints a markdown table; --json FILE writes every run.
"""
import argparse
import json
import os
import pwd
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

from Xlib import X, display as xdisplay
from Xlib.ext import xtest
from Xlib.error import XError

ROWS = (0.03, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.97)
MIN_MATCH = 150  # pixels of the key colour on the sampled rows
ACTIVATE_MATCH = 1500  # for activate: the player page's picture is several times wider than a thumbnail
SECOND_TILE = (357, 150)  # window-relative centre of the library's second thumbnail (Cairn's grid layout)
TOL = 24  # per channel


def dominant_colour(path):
    """The most common colour of the file's first frame (5-bit bins, greys skipped), as (r, g, b)."""
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", path, "-frames:v", "1", "-vf", "scale=160:-2",
                          "-f", "rawvideo", "-pix_fmt", "rgb24", "-"], check=True, capture_output=True).stdout
    bins = {}
    for i in range(0, len(raw) - 2, 3):
        r, g, b = raw[i], raw[i + 1], raw[i + 2]
        if max(r, g, b) - min(r, g, b) < 24:
            continue  # greys, black and white: interfaces use those
        key = (r >> 3, g >> 3, b >> 3)
        bins.setdefault(key, [0, 0, 0, 0])
        s = bins[key]
        s[0] += 1; s[1] += r; s[2] += g; s[3] += b
    if not bins:
        sys.exit(f"{path}: the first frame has no coloured area to look for")
    n, r, g, b = max(bins.values())
    return (r // n, g // n, b // n), n / (len(raw) / 3)


class Screen:
    def __init__(self, disp_name):
        self.d = xdisplay.Display(disp_name)
        self.root = self.d.screen().root
        self.sw, self.sh = self.d.screen().width_in_pixels, self.d.screen().height_in_pixels
        self.tables = None

    def set_key(self, rgb):
        # ZPixmap at depth 24 is B, G, R, X per pixel on little-endian servers.
        self.tables = []
        for c in (rgb[2], rgb[1], rgb[0]):
            self.tables.append(bytes(1 if abs(v - c) <= TOL else 0 for v in range(256)))

    def window(self):
        try:
            for w in self.root.query_tree().children:
                a = w.get_attributes()
                if a.map_state != X.IsViewable or a.win_class != X.InputOutput:
                    continue
                g = w.get_geometry()
                if g.width >= 200 and g.height >= 150:
                    # Only the part on the screen can be read (no window manager keeps windows inside it).
                    return w, min(g.width, self.sw - max(g.x, 0)), min(g.height, self.sh - max(g.y, 0))
        except XError:
            pass
        return None

    def sample(self, w, width, height):
        """(non-uniform, key-colour pixel count) over the sampled rows."""
        data = b""
        try:
            for f in ROWS:
                data += w.get_image(0, int(f * (height - 1)), width, 1, X.ZPixmap, 0xFFFFFFFF).data
        except XError:
            return False, 0
        uniform = data == data[:4] * (len(data) // 4)
        if self.tables is None:
            return not uniform, 0
        m = -1
        for ch in range(3):
            bits = int.from_bytes(data[ch::4].translate(self.tables[ch]), "little")
            m = bits if m < 0 else m & bits
        return not uniform, m.bit_count()


    def double_click(self, w, x, y):
        g = w.get_geometry()
        xtest.fake_input(self.d, X.MotionNotify, x=g.x + x, y=g.y + y)
        for _ in range(2):
            xtest.fake_input(self.d, X.ButtonPress, 1)
            xtest.fake_input(self.d, X.ButtonRelease, 1)
        self.d.sync()


def median_max(values):
    v = [x for x in values if x is not None]
    if not v:
        return "—"
    return f"{statistics.median(v):.0f} / {max(v):.0f}"


def main():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--player", action="append", choices=["cairn-gst", "cairn-ffmpeg", "mpv", "vlc"])
    ap.add_argument("--scenario", action="append", help="file:PATH or idle (repeatable)")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--cairn", default=os.path.join(repo, "build/app/cairn"))
    ap.add_argument("--cairn-data", help="CAIRN_DATA_DIR for the idle scenario (holds index.sqlite)")
    ap.add_argument("--audio", choices=["off", "null-sink"], default="off")
    ap.add_argument("--screen", default="1280x720x24")
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--settle", type=float, default=3.0, help="activate: idle seconds before the click")
    ap.add_argument("--json", help="write every run here")
    args = ap.parse_args()
    players = args.player or ["cairn-gst", "cairn-ffmpeg", "mpv", "vlc"]
    scenarios = args.scenario or ["idle", "file:" + os.path.join(repo, "resources/sample/01 What is a learning city.mp4")]

    work = tempfile.mkdtemp(prefix="cairn-ff.")
    os.chmod(work, 0o755)
    as_nobody = os.geteuid() == 0
    nobody = pwd.getpwnam("nobody") if as_nobody else None
    procs = []

    def drop(cmd):
        if not as_nobody:
            return cmd
        return ["setpriv", f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--clear-groups", "--"] + cmd

    def private_dir(name, for_nobody=False):
        p = os.path.join(work, name)
        os.makedirs(p, exist_ok=True)
        if for_nobody and as_nobody:
            os.chown(p, nobody.pw_uid, nobody.pw_gid)
        os.chmod(p, 0o700)
        return p

    def home_env(env, name, for_nobody=False):
        h = private_dir(name, for_nobody)
        env.update({"HOME": h, "XDG_RUNTIME_DIR": private_dir(name + "/run", for_nobody),
                    "XDG_CONFIG_HOME": private_dir(name + "/config", for_nobody),
                    "XDG_CACHE_HOME": private_dir(name + "/cache", for_nobody),
                    "XDG_DATA_HOME": private_dir(name + "/data", for_nobody)})
        return env

    # A private X server; -displayfd picks a free display number.
    r, wfd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(wfd), "-screen", "0", args.screen, "-nolisten", "tcp"],
                            pass_fds=(wfd,), stderr=subprocess.DEVNULL)
    os.close(wfd)
    procs.append(xvfb)
    disp = ":" + os.read(r, 16).decode().strip()
    os.close(r)
    env_base = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_", "PULSE_", "WAYLAND"))}
    env_base.update({"DISPLAY": disp, "LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "xcb"})
    home_env(env_base, "home")
    screen = Screen(disp)

    if args.audio == "null-sink":
        # One sound server for everyone: a socket in a folder every player (VLC as nobody too) can reach.
        sock_dir = private_dir("pulse", True)
        os.chmod(sock_dir, 0o755)
        env_base["PULSE_SERVER"] = "unix:" + sock_dir + "/native"
        pa = subprocess.Popen(["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
                               "--load=module-native-protocol-unix auth-anonymous=1 socket=" + sock_dir + "/native",
                               "--load=module-null-sink", "--load=module-always-sink"], env=env_base,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(pa)
        time.sleep(1.0)

    def command(player, scenario):
        env = dict(env_base)
        no_audio = args.audio == "off"
        f = scenario[5:] if scenario.startswith("file:") else None
        if player.startswith("cairn"):
            env["QT_MEDIA_BACKEND"] = "gstreamer" if player == "cairn-gst" else "ffmpeg"
            env["CAIRN_DATA_DIR"] = args.cairn_data if (f is None and args.cairn_data) else private_dir("cairn-data")
            if scenario.startswith("activate:"):
                env["CAIRN_DATA_DIR"] = tempfile.mkdtemp(prefix="data.", dir=work)  # a first run every time
                lib = tempfile.mkdtemp(prefix="lib.", dir=work)
                shutil.copy(os.path.join(repo, "tests/data/player/lesson-2.mp4"), os.path.join(lib, "1 warm-up.mp4"))
                shutil.copy(scenario[9:], os.path.join(lib, "2 " + os.path.basename(scenario[9:])))
                env["CAIRN_SAMPLE_PACK"] = lib
            cmd = [args.cairn] + (["--no-audio"] if no_audio else []) + (["--play", f] if f else [])
            return cmd, env
        elif player == "mpv":
            # --autofit-larger: a 1080p window shrinks to the screen, as a window manager would make it.
            cmd = ["mpv", "--no-config", "--vo=x11", "--no-terminal", "--keep-open=yes", "--autofit-larger=100%x100%"]
            cmd += ["--no-audio"] if no_audio else ["--ao=pulse"]
            cmd += [f] if f else ["--idle=yes", "--force-window=yes"]
            return cmd, env
        else:
            cmd = ["vlc", "--no-qt-privacy-ask", "--ignore-config", "--no-one-instance"]
            cmd += ["--no-audio"] if no_audio else ["--aout=pulse"]
            cmd += [f] if f else []
            return drop(cmd), home_env(env, "vlc-home", True)

    results = []
    try:
        for scenario in scenarios:
            activate = scenario.startswith("activate:")
            fpath = scenario[9:] if activate else scenario[5:] if scenario.startswith("file:") else None
            if fpath:
                key, share = dominant_colour(fpath)
                screen.set_key(key)
                print(f"# {os.path.basename(fpath)}: key colour {key} ({share:.0%} of the first frame)", file=sys.stderr)
            else:
                screen.tables = None
            for player in players:
                if activate and not player.startswith("cairn"):
                    continue
                for i in range(args.runs + 1):  # run 0 warms the page cache, not counted
                    cmd, env = command(player, scenario)
                    t0 = time.monotonic()
                    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                         start_new_session=True)
                    mapped = painted = frame = None
                    size = None
                    clicked = None  # activate: when the click was sent, and the key pixels the library showed
                    while time.monotonic() - t0 < args.timeout and p.poll() is None:
                        now = lambda: (time.monotonic() - t0) * 1000
                        found = screen.window()
                        if found:
                            w, width, height = found
                            t = now()
                            if mapped is None:
                                mapped, size = t, (width, height)
                            nonuniform, matches = screen.sample(w, width, height)
                            t = now()
                            if nonuniform and painted is None:
                                painted = t
                            if activate:
                                if painted is not None and clicked is None and t >= painted + args.settle * 1000:
                                    screen.double_click(w, *SECOND_TILE)
                                    clicked = (now(), matches)
                                elif clicked and matches >= clicked[1] + ACTIVATE_MATCH:
                                    frame = t - clicked[0]
                                    break
                            elif fpath and matches >= MIN_MATCH:
                                frame = t
                                break
                            if not fpath and painted is not None:
                                break
                        time.sleep(0.003)
                    exited = p.poll()
                    try:
                        os.killpg(p.pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                    p.wait()
                    # Let the server drop the window before the next run.
                    deadline = time.monotonic() + 2
                    while screen.window() and time.monotonic() < deadline:
                        time.sleep(0.01)
                    if i == 0:
                        continue
                    rec = {"player": player, "scenario": scenario, "run": i, "mapped_ms": mapped,
                           "painted_ms": painted, "frame_ms": frame, "window": size, "exited": exited}
                    results.append(rec)
                    print(json.dumps(rec), file=sys.stderr)
    finally:
        for p in reversed(procs):
            p.terminate()
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(work, ignore_errors=True)

    if args.json:
        with open(args.json, "w") as f:
            json.dump({"audio": args.audio, "screen": args.screen, "runs": results}, f, indent=1)
    print(f"audio: {args.audio}; times in ms from process start (activate: first frame from the click), "
          f"median / max of {args.runs} runs\n")
    print("| scenario | player | window mapped | window painted | first frame | failed | window |")
    print("|---|---|---|---|---|---|---|")
    for scenario in scenarios:
        name = "idle" if scenario == "idle" else os.path.basename(scenario.split(":", 1)[1])
        if scenario.startswith("activate:"):
            name = "choose " + name
        for player in players:
            rs = [x for x in results if x["player"] == player and x["scenario"] == scenario]
            if not rs:
                continue
            failed = sum(1 for x in rs if (x["frame_ms"] if scenario != "idle" else x["painted_ms"]) is None)
            sizes = sorted({"%dx%d" % tuple(x["window"]) for x in rs if x["window"]})
            print(f"| {name} | {player} | {median_max([x['mapped_ms'] for x in rs])} | "
                  f"{median_max([x['painted_ms'] for x in rs])} | "
                  f"{median_max([x['frame_ms'] for x in rs]) if scenario != 'idle' else '—'} | {failed} | "
                  f"{', '.join(sizes)} |")


if __name__ == "__main__":
    main()
