#!/usr/bin/env python3
"""One full-batch GD step of the Fourier-features network in NumPy and PyTorch (float64).

--dim 1 (default): the THEORY.md section 7 problem of org.freqbias.bench.TrainingStepBenchmark:
L = 10, N = 1024, m = 4096, sigma_a = 1, rho gaussian with sigma_w = 4, eta = 0.01,
target exp(-x^2/2)(sin 2x + sin 6x + sin 11x), zero initial output.
--dim 2: the problem of org.freqbias.bench.TrainingStepBenchmark with dimension=2: L = 5, N = 64 x 64 grid
(4096 points, row-major), m = 4096, sigma_a = 1, isotropic gaussian rho with sigma_w = 3,
eta = 0.01, target exp(-|x|^2/2)(sin 2x1 + sin 3x2 + sin 5(x1 + x2)), zero initial output,
loss 1/2 sum (f - g)^2 dx^2.
NumPy uses hand-written gradients; PyTorch uses autograd. Prints `numpy_ms=<median>` and, when
torch imports, `torch_ms=<median>` (milliseconds per step).
"""
import argparse
import statistics
import time

import numpy as np


def problem(n, m, seed=1):
    """1D: points x (n x 1), target g, cell dx, parameters w (m x 1), a, c."""
    L, sigma_a, sigma_w = 10.0, 1.0, 4.0
    dx = 2 * L / n
    x = -L + dx * np.arange(n)
    g = np.exp(-x * x / 2) * (np.sin(2 * x) + np.sin(6 * x) + np.sin(11 * x))
    rng = np.random.default_rng(seed)
    half = m // 2
    w = np.repeat(sigma_w * rng.standard_normal(half), 2)
    a = np.repeat(sigma_a * rng.standard_normal(half), 2) * np.tile([1.0, -1.0], half)
    c = np.repeat(sigma_a * rng.standard_normal(half), 2) * np.tile([1.0, -1.0], half)
    return x[:, None], g, dx, w[:, None], a, c


def problem2d(n, m, seed=1):
    """2D: row-major grid points x (n^2 x 2), target g, cell dx^2, parameters w (m x 2), a, c."""
    L, sigma_a, sigma_w = 5.0, 1.0, 3.0
    dx = 2 * L / n
    axis = -L + dx * np.arange(n)
    x1, x2 = np.meshgrid(axis, axis, indexing="ij")
    x = np.stack([x1.ravel(), x2.ravel()], axis=1)
    x1, x2 = x[:, 0], x[:, 1]
    g = np.exp(-(x1 * x1 + x2 * x2) / 2) * (np.sin(2 * x1) + np.sin(3 * x2) + np.sin(5 * (x1 + x2)))
    rng = np.random.default_rng(seed)
    half = m // 2
    w = np.repeat(sigma_w * rng.standard_normal((half, 2)), 2, axis=0)
    a = np.repeat(sigma_a * rng.standard_normal(half), 2) * np.tile([1.0, -1.0], half)
    c = np.repeat(sigma_a * rng.standard_normal(half), 2) * np.tile([1.0, -1.0], half)
    return x, g, dx * dx, w, a, c


def numpy_step(x, g, cell, w, a, c, eta):
    """Loss = 1/2 sum (f - g)^2 cell; gradients from THEORY.md / StepKernel javadoc. Returns new params.

    x: points (n x d), w: frequencies (m x d); dL/dw_jk = s sum_i r_i x_ik (-a_j sin + c_j cos).
    """
    m = a.size
    phase = w @ x.T  # m x n
    cos, sin = np.cos(phase), np.sin(phase)
    f = (a @ cos + c @ sin) / np.sqrt(m)
    r = f - g
    s = cell / np.sqrt(m)
    ga = s * (cos @ r)
    gc = s * (sin @ r)
    rx = r[:, None] * x  # n x d
    gw = s * (c[:, None] * (cos @ rx) - a[:, None] * (sin @ rx))
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
    parser.add_argument("--dim", type=int, choices=(1, 2), default=1)
    parser.add_argument("--samples", type=int, default=None, help="grid points per axis (default 1024 in 1D, 64 in 2D)")
    parser.add_argument("--width", type=int, default=4096)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--torch-threads", type=int, default=0, help="torch.set_num_threads (0: torch default)")
    args = parser.parse_args()
    samples = args.samples or (1024 if args.dim == 1 else 64)
    x, g, cell, w, a, c = (problem if args.dim == 1 else problem2d)(samples, args.width)
    eta = 0.01

    state = [w, a, c]

    def np_step():
        state[:] = numpy_step(x, g, cell, *state, eta)

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
        phase = tw @ tx.T
        f = (ta @ torch.cos(phase) + tc @ torch.sin(phase)) / m ** 0.5
        loss = 0.5 * torch.sum((f - tg) ** 2) * cell
        for p in params:
            p.grad = None
        loss.backward()
        with torch.no_grad():
            for p in params:
                p -= eta * p.grad

    ms = time_steps(torch_step, args.repeats, args.warmup)
    print(f"torch_ms={ms:.3f} (threads={torch.get_num_threads()})")

    # Cross-check: both peers take the same step from the same start.
    w1, a1, c1 = numpy_step(x, g, cell, w, a, c, eta)
    params = [torch.from_numpy(p.copy()).requires_grad_(True) for p in (w, a, c)]
    torch_step()
    err = max(np.max(np.abs(p.detach().numpy() - q)) for p, q in zip(params, (w1, a1, c1)))
    print(f"numpy_vs_torch_max_param_diff={err:.2e}")


if __name__ == "__main__":
    main()
