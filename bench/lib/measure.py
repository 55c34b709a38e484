"""Shared by the bench/ commands: tools they need, the evalsite jar, timed runs, statistics.

Python 3 standard library only. A timed run is one process started under GNU time
(`/usr/bin/time -v`): wall time is measured here around it (start-up included), peak RSS is
GNU time's "Maximum resident set size" of the process.
"""
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EVALSITE = os.path.join(REPO, "evalsite")
JAR = os.path.join(REPO, "target", "evalsite.jar")
# The shared peer benchmark (corpus generator, Hugo's baseline), beside the clone.
PEERS_DIR = os.environ.get("EVALSITE_PEERS_DIR", os.path.join(os.path.dirname(REPO), "shared", "bench", "peers"))


def log(msg):
    print(msg, flush=True)


def die(msg, code=1):
    sys.stderr.write("error: %s\n" % msg)
    sys.exit(code)


def ensure_debian_packages(wanted):
    """wanted: {package: check_fn}. Installs the missing ones with apt-get (as root, or via sudo)."""
    missing = [pkg for pkg, present in wanted.items() if not present()]
    if not missing:
        return
    prefix = []
    if os.geteuid() != 0:
        if shutil.which("sudo") is None:
            die("missing %s; install with: apt-get install -y %s" % (", ".join(missing), " ".join(missing)))
        prefix = ["sudo"]
    log("installing %s (apt-get)" % " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(prefix + ["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(prefix + ["apt-get", "install", "-y", "-qq"] + missing, check=True, env=env,
                   stdout=subprocess.DEVNULL)
    still = [pkg for pkg, present in wanted.items() if not present()]
    if still:
        die("apt-get did not provide %s" % ", ".join(still))


def have(command):
    return lambda: shutil.which(command) is not None


def have_gnu_time():
    return os.access("/usr/bin/time", os.X_OK)


def ensure_jar():
    """Builds the jar once, untimed, the way ./evalsite does when the sources are newer."""
    ensure_debian_packages({"openjdk-17-jdk-headless": have("java"), "maven": have("mvn")})
    r = subprocess.run([EVALSITE, "--version"], cwd=REPO, capture_output=True, text=True)
    if r.returncode != 0:
        die("./evalsite --version failed:\n%s%s" % (r.stdout, r.stderr))
    return r.stdout.strip()


def tool_version(argv):
    try:
        r = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        return (r.stdout + r.stderr).strip().splitlines()[0]
    except Exception as e:  # noqa: BLE001 - a version string is informative only
        return "unknown (%s)" % e


def java_version():
    return tool_version(["java", "-version"])


class Run:
    """One timed process: wall seconds, peak RSS in KiB, exit code, its output, and CPU seconds
    (user + system; on a shared machine steadier than wall time)."""

    def __init__(self, wall, rss_kib, rc, out, err, cpu=None):
        self.wall, self.rss_kib, self.rc, self.out, self.err = wall, rss_kib, rc, out, err
        self.cpu = cpu

    @property
    def ok(self):
        return self.rc == 0


def timed(argv, cwd=REPO, timeout=None, env=None):
    """Runs argv under /usr/bin/time -v; wall clock measured around it."""
    fd, tv = tempfile.mkstemp(prefix="bench-time-", suffix=".txt")
    os.close(fd)
    try:
        t0 = time.perf_counter()
        try:
            p = subprocess.run(["/usr/bin/time", "-v", "-o", tv] + list(argv), cwd=cwd, env=env,
                               capture_output=True, text=True, timeout=timeout)
            rc, out, err = p.returncode, p.stdout, p.stderr
        except subprocess.TimeoutExpired as e:
            rc, out, err = 124, _text(e.stdout), _text(e.stderr) + "\n(timed out after %ss)" % timeout
        wall = time.perf_counter() - t0
        with open(tv, encoding="utf-8", errors="replace") as f:
            timev = f.read()
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", timev)
        user = re.search(r"User time \(seconds\): ([\d.]+)", timev)
        system = re.search(r"System time \(seconds\): ([\d.]+)", timev)
        cpu = float(user.group(1)) + float(system.group(1)) if user and system else None
        return Run(wall, int(m.group(1)) if m else None, rc, out, err, cpu)
    finally:
        os.unlink(tv)


def _text(b):
    if b is None:
        return ""
    return b.decode("utf-8", "replace") if isinstance(b, bytes) else b


def clean(path):
    """Deletes an output folder and flushes the previous run's writes, so no run pays for them."""
    if os.path.lexists(path):
        shutil.rmtree(path)
    os.sync()


def median(xs):
    return statistics.median(xs) if xs else None


def fmt_s(x):
    return "-" if x is None else "%.3f" % x


def mib(kib):
    return "-" if kib is None else "%.0f" % (kib / 1024.0)


def machine_line():
    load = open("/proc/loadavg").read().split()[:3]
    return "machine: %s %s, %d cpus, load %s" % (platform.system(), platform.machine(), os.cpu_count(), " ".join(load))


def count_files(root, suffix=None):
    n = 0
    for _, _, files in os.walk(root):
        n += sum(1 for f in files if suffix is None or f.endswith(suffix))
    return n


def tree_bytes(root):
    total = 0
    for d, _, files in os.walk(root):
        for f in files:
            total += os.path.getsize(os.path.join(d, f))
    return total


BUILT = re.compile(r"Built (\d+) reports?, (\d+) pages \((\d+) files\)")


def evalsite_build(source, out, force=True, timeout=None):
    """`evalsite build`, with the options in $BUILD_OPTS too (e.g. BUILD_OPTS=--no-pdf)."""
    argv = [EVALSITE, "build", "--source", source, "--out", out]
    if force:
        argv.append("--force")
    argv += os.environ.get("BUILD_OPTS", "").split()
    return timed(argv, timeout=timeout)


def report_failure(what, run):
    sys.stdout.write("%s FAILED (exit %s) after %.1f s. Its output, verbatim:\n" % (what, run.rc, run.wall))
    sys.stdout.write(run.out)
    sys.stdout.write(run.err)
    sys.stdout.flush()
