#!/usr/bin/env python3
"""One full-batch GD step of the THEORY.md section 7 network in NumPy and PyTorch (float64).

Same problem as org.freqbias.bench.TrainingStepBenchmark: L = 10, N = 1024, m = 4096, sigma_a = 1,
rho gaussian with sigma_w = 4, eta = 0.01, target exp(-x^2/2)(sin 2x + sin 6x + sin 11x),
zero initial output. NumPy uses hand-written gradients; PyTorch uses autograd. Prints
`numpy_ms=<median>` and, when torch imports, `torch_ms=<median>` (milliseconds per step).
"""
import argparse
import statistics
import time

import numpy as np


def problem(n, m, seed=1):
    L, sigma_a, sigma_w = 10.0, 1.0, 4.0
    dx = 2 * L / n
    x = -L + dx * np.arange(n)
    g = np.exp(-x * x / 2) * (np.sin(2 * x) + np.sin(6 * x) + np.sin(11 * x))
    rng = np.random.default_rng(seed)
    half = m // 2
    w = np.repeat(sigma_w * rng.standard_normal(half), 2)
    a = np.repeat(sigma_a * rng.standard_normal(half), 2) * np.tile([1.0, -1.0], half)
    c = np.repeat(sigma_a * rng.standard_normal(half), 2) * np.tile([1.0, -1.0], half)
    return x, g, dx, w, a, c


def numpy_step(x, g, dx, w, a, c, eta):
    """Loss = 1/2 sum (f - g)^2 dx; gradients from THEORY.md / StepKernel javadoc. Returns new params."""
    m = w.size
    phase = np.outer(w, x)  # m x N
    cos, sin = np.cos(phase), np.sin(phase)
    f = (a @ cos + c @ sin) / np.sqrt(m)
    r = f - g
    s = dx / np.sqrt(m)
    ga = s * (cos @ r)
    gc = s * (sin @ r)
    rx = r * x
    gw = s * (c * (cos @ rx) - a * (sin @ rx))
    return w - eta * gw, a - eta * ga, c - eta * gc


def time_steps(step, repeats, warmup):
    times = []
    for k in range(warmup + repeats):
        t0 = time.perf_counter()
        step()
        if k >= warmup:
            times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=int, default=1024)
    parser.add_argument("--width", type=int, default=4096)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--torch-threads", type=int, default=0, help="torch.set_num_threads (0: torch default)")
    args = parser.parse_args()
    x, g, dx, w, a, c = problem(args.samples, args.width)
    eta = 0.01

    state = [w, a, c]

    def np_step():
        state[:] = numpy_step(x, g, dx, *state, eta)

    print(f"numpy_ms={time_steps(np_step, args.repeats, args.warmup):.3f}", flush=True)

    try:
        import torch
    except ImportError:
        print("torch_ms=unavailable (torch not importable; see bench/README.md)")
        return
    if args.torch_threads > 0:
        torch.set_num_threads(args.torch_threads)
    torch.set_default_dtype(torch.float64)
    tx, tg = torch.from_numpy(x), torch.from_numpy(g)
    params = [torch.from_numpy(p.copy()).requires_grad_(True) for p in (w, a, c)]
    m = args.width

    def torch_step():
        tw, ta, tc = params
        phase = torch.outer(tw, tx)
        f = (ta @ torch.cos(phase) + tc @ torch.sin(phase)) / m ** 0.5
        loss = 0.5 * torch.sum((f - tg) ** 2) * dx
        for p in params:
            p.grad = None
        loss.backward()
        with torch.no_grad():
            for p in params:
                p -= eta * p.grad

    ms = time_steps(torch_step, args.repeats, args.warmup)
    print(f"torch_ms={ms:.3f} (threads={torch.get_num_threads()})")

    # Cross-check: both peers take the same step from the same start.
    w1, a1, c1 = numpy_step(x, g, dx, w, a, c, eta)
    params = [torch.from_numpy(p.copy()).requires_grad_(True) for p in (w, a, c)]
    torch_step()
    err = max(np.max(np.abs(p.detach().numpy() - q)) for p, q in zip(params, (w1, a1, c1)))
    print(f"numpy_vs_torch_max_param_diff={err:.2e}")


if __name__ == "__main__":
    main()
