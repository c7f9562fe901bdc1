"""The benchmark on a machine without Node, a GPU machine say: serves the built benchmark page (dist/bench) and
bench/models with the cross-origin isolation headers, drives a Chromium over its DevTools pipe through bench.html, and
writes the results as JSON in the shape `npm run bench` writes them. Python's standard library only.

    npx vite build --mode bench          # where Node is; copy dist/bench (and bench/models) to the GPU machine
    python3 bench/remote.py --chromium /usr/lib/chromium/chromium --out gpu.json
    npm run bench -- --report gpu.json   # back where Node is: gpu.json -> bench/results/gpu.{json,md,svg}

With --gpu real (the default) it tries the flag sets in REAL_GPU_FLAGS until WebGPU's adapter is not SwiftShader,
and fails with chrome://gpu's text if none gives one: a figure from a CPU emulation is never recorded as a GPU's.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

sys.path.insert(0, str(Path(__file__).parent))
from cdp import Browser, ProtocolError  # noqa: E402

COMMON_FLAGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--headless=new",
    "--enable-unsafe-webgpu",
    "--disable-dev-shm-usage",
]
#: Flag sets that expose a real GPU to WebGPU in headless Chromium on Linux, tried in order.
REAL_GPU_FLAGS = [
    ["--enable-features=Vulkan", "--use-angle=vulkan", "--disable-vulkan-surface", "--ignore-gpu-blocklist"],
    ["--enable-features=Vulkan,VulkanFromANGLE,DefaultANGLEVulkan", "--use-vulkan=native", "--ignore-gpu-blocklist", "--disable-gpu-sandbox"],
    # GL composited on SwiftShader, WebGPU left to pick Vulkan's high-performance adapter.
    ["--enable-features=Vulkan", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"],
]
SWIFTSHADER_FLAGS = ["--enable-features=Vulkan", "--use-webgpu-adapter=swiftshader", "--enable-unsafe-swiftshader"]

LARGE_MODEL = "bench-models/qwen2.5-0.5b-shape/"
BUILTIN_LENGTHS = [128, 256, 420]
#: What a GPU run measures: WebGPU on both models, and WASM on the built-in model as the same machine's CPU figure.
CONFIGS = [
    {
        "backend": "webgpu",
        "variant": "q4",
        "threads": 1,
        "lengths": BUILTIN_LENGTHS,
        "repeats": 7,
        "peer": True,
        "keepUpRates": [50, 100, 200, 1000],
        "sideBySide": True,
    },
    {"backend": "webgpu", "variant": "fp32", "threads": 1, "lengths": BUILTIN_LENGTHS, "repeats": 7, "sideBySide": True},
    {"backend": "wasm", "variant": "q4", "threads": 1, "lengths": BUILTIN_LENGTHS, "repeats": 7, "packedBaseline": True, "sideBySide": True},
    {"model": LARGE_MODEL, "backend": "webgpu", "variant": "q4", "threads": 1, "lengths": [128, 512, 1024], "repeats": 3, "peer": True},
]

ADAPTER_INFO = """(async () => {
  const adapter = await navigator.gpu?.requestAdapter({ powerPreference: 'high-performance' });
  if (!adapter) return null;
  const { vendor, architecture, device, description } = adapter.info;
  return { vendor, architecture, device, description, isFallbackAdapter: adapter.info.isFallbackAdapter ?? false };
})()"""
GPU_PAGE_TEXT = "document.querySelector('info-view')?.shadowRoot?.querySelector('#content')?.innerText ?? document.body.innerText"


class SiteHandler(SimpleHTTPRequestHandler):
    """The built benchmark page, bench/models under /bench-models/, and the headers vite's preview server sends."""

    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
    }

    def __init__(self, *args, models: Path, **kwargs):
        self.models = models
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        url_path = unquote(urlsplit(path).path)
        if not url_path.startswith("/bench-models/"):
            return super().translate_path(path)
        target = (self.models / url_path[len("/bench-models/") :]).resolve()
        return str(target) if target.is_relative_to(self.models) else str(self.models / "missing")

    def end_headers(self) -> None:
        self.send_header("Cross-Origin-Opener-Policy", "same-origin")
        self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        self.send_header("Cross-Origin-Resource-Policy", "same-origin")
        super().end_headers()

    def log_message(self, *args) -> None:
        pass


def serve(site: Path, models: Path) -> str:
    handler = partial(SiteHandler, directory=str(site), models=models.resolve())
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://localhost:{server.server_address[1]}/"


def machine() -> dict:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")), platform.processor()
    )
    memory_kib = int(Path("/proc/meminfo").read_text().split()[1])
    gpu = "unknown"
    if shutil.which("nvidia-smi"):
        gpu = subprocess.run(
            ["nvidia-smi", "--query-gpu=name,driver_version,memory.total", "--format=csv,noheader"], capture_output=True, text=True
        ).stdout.strip()
    return {"cpu": cpu, "cores": len(os.sched_getaffinity(0)), "memoryGiB": round(memory_kib / 2**20), "gpu": gpu}


def launch(chromium: str, flags: list[str], profile: str, log: Path) -> Browser:
    """Chromium with `flags`, its own log (stderr) appended to `log`."""
    with log.open("a") as stderr:
        return Browser(chromium, [*COMMON_FLAGS, *flags, f"--user-data-dir={profile}"], stderr)


def real_gpu_browser(chromium: str, base: str, profile: str, log: Path) -> tuple[Browser, dict, list[str]]:
    """The first flag set whose WebGPU adapter is a real GPU, with the adapter's info; exits if none is. The list is
    tried twice: on a fresh H100 machine the first GPU process failed where the same flags then worked."""
    for flags in REAL_GPU_FLAGS * 2:
        browser = launch(chromium, flags, profile, log)
        page = browser.open(base + "bench.html")
        adapter = page.evaluate(ADAPTER_INFO)
        print(f"remote: flags {flags}: adapter {adapter}", flush=True)
        if adapter and not adapter["isFallbackAdapter"] and "swiftshader" not in json.dumps(adapter).lower():
            page.close()
            return browser, adapter, flags
        gpu_page = browser.open("chrome://gpu")
        time.sleep(2)
        print(gpu_page.evaluate(GPU_PAGE_TEXT), flush=True)
        browser.close()
    sys.exit(f"remote: no flag set gave WebGPU a real GPU adapter (chrome://gpu printed above; Chromium's log: {log})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chromium", required=True, help="path of the Chromium binary")
    parser.add_argument("--out", type=Path, required=True, help="results JSON to write")
    parser.add_argument("--site", type=Path, default=Path("dist/bench"))
    parser.add_argument("--models", type=Path, default=Path("bench/models"))
    parser.add_argument("--gpu", choices=["real", "swiftshader"], default="real")
    parser.add_argument(
        "--configs",
        choices=["all", "builtin", "large"],
        default="all",
        help="which models' configurations to run (large: the 0.5B shape, if bench/models has it)",
    )
    parser.add_argument("--append", action="store_true", help="add to the results already in --out")
    parser.add_argument("--quick", action="store_true", help="one short configuration (a smoke run)")
    args = parser.parse_args()
    base = serve(args.site, args.models)
    has_large = (args.models / "qwen2.5-0.5b-shape" / "prm.json").exists()
    configs = [c for c in CONFIGS if ("model" in c and has_large and args.configs != "builtin") or ("model" not in c and args.configs != "large")]
    if args.quick:
        configs = [{"backend": "webgpu", "variant": "q4", "threads": 1, "lengths": [128], "repeats": 1, "peer": True}]
    log = args.out.with_suffix(".chromium.log")
    print(f"remote: Chromium's own log goes to {log}", flush=True)
    with tempfile.TemporaryDirectory() as profile:
        if args.gpu == "real":
            browser, adapter, flags = real_gpu_browser(args.chromium, base, profile, log)
        else:
            flags = SWIFTSHADER_FLAGS
            browser = launch(args.chromium, flags, profile, log)
            adapter = browser.open(base + "bench.html").evaluate(ADAPTER_INFO)
        earlier = json.loads(args.out.read_text()) if args.append and args.out.exists() else None
        results = earlier["results"] if earlier else []
        try:
            for config in configs:
                print(f"remote: {config.get('model', 'built-in')} {config['backend']} {config['variant']}…", flush=True)
                page = browser.open(base + "bench.html")
                page.wait_for("document.body.dataset.ready === 'true'")
                try:
                    results.append(page.evaluate(f"window.bench.run({json.dumps(config)})"))
                except ProtocolError as error:
                    print(f"remote: this configuration failed, going on with the next: {error}", flush=True)
                page.close()
                args.out.write_text(json.dumps(report(args, browser, adapter, flags, results, earlier), indent=2) + "\n")
        finally:
            browser.close()
    print(f"remote: wrote {args.out}")


def report(args: argparse.Namespace, browser: Browser, adapter: dict | None, flags: list[str], results: list, earlier: dict | None) -> dict:
    """The JSON `npm run bench` writes, with the GPU, WebGPU adapter and flags; `earlier`: the run appended to."""
    info = machine()
    kind = "a real GPU" if args.gpu == "real" else "SwiftShader, a CPU emulation: correctness only, not GPU speed"
    info.update(browser=browser.version, webgpuAdapter=adapter, chromiumFlags=flags, gpu=f"{info['gpu']} (WebGPU rows run on {kind})")
    command = " ".join(["python3", *sys.argv])
    if earlier:
        command = f"{earlier['command']}, then {command}"
    return {"date": datetime.now(UTC).isoformat(), "command": command, "machine": info, "model": "models/tiny-arith-prm", "results": results}


if __name__ == "__main__":
    main()
