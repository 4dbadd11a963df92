#!/usr/bin/env python3
"""One full-batch Adam step of the deep Fourier-features network in PyTorch (float64 and float32).

The shape and parameter layout of org.freqbias.bench.DeepStepBenchmark (issue 15):
L = 10, N = 1024 samples, m = 256 first-layer frequencies w ~ N(0, 4^2) (cos and sin: 512
features), two tanh hidden layers of 128 with NTK scaling (pre = h W / sqrt(fan-in) + b, the fan-in
of the Fourier block counted as m), weights N(0, 1), biases 0, linear output v ~ N(0, 1) without
bias, zero initial output (f = net_theta - net_theta0), target exp(-x^2/2)(sin 2x + sin 6x +
sin 11x), loss 1/2 sum (f - g)^2 dx, torch.optim.Adam(lr=1e-3) (beta 0.9, 0.999, eps 1e-8: the
project's AdamOptimizer). Every parameter is trained, the frequencies included.

Prints `torch64_ms=<median> torch64_min_ms=<fastest>` and the same for torch32 (milliseconds per
step, after warm-up), the thread count, and a sanity line: the loss before and after the timed
steps in both precisions.
"""
import argparse
import math
import statistics
import time


def build(torch, dtype, n, m, hidden, seed):
    gen = torch.Generator().manual_seed(seed)
    L = 10.0
    dx = 2 * L / n
    x = (-L + dx * torch.arange(n, dtype=torch.float64)).to(dtype)[:, None]
    xs = x[:, 0]
    g = torch.exp(-xs * xs / 2) * (torch.sin(2 * xs) + torch.sin(6 * xs) + torch.sin(11 * xs))
    widths = [2 * m] + list(hidden)
    params = [4.0 * torch.randn(m, 1, generator=gen, dtype=torch.float64)]
    for fan_in, fan_out in zip(widths[:-1], widths[1:]):
        params.append(torch.randn(fan_in, fan_out, generator=gen, dtype=torch.float64))
        params.append(torch.zeros(fan_out, dtype=torch.float64))
    params.append(torch.randn(widths[-1], generator=gen, dtype=torch.float64))
    params = [p.to(dtype).requires_grad_(True) for p in params]
    scales = [1 / math.sqrt(m)] + [1 / math.sqrt(h) for h in hidden]

    def net():
        w = params[0]
        phase = x @ w.T
        h = torch.cat([torch.cos(phase), torch.sin(phase)], dim=1)
        for layer in range(len(hidden)):
            weight, bias = params[1 + 2 * layer], params[2 + 2 * layer]
            h = torch.tanh(h @ weight * scales[layer] + bias)
        return h @ params[-1] * scales[-1]

    with torch.no_grad():
        baseline = net()
    target = g + baseline
    optimizer = torch.optim.Adam(params, lr=1e-3)

    def loss_value():
        r = net() - target
        return 0.5 * torch.sum(r * r) * dx

    def step():
        optimizer.zero_grad(set_to_none=True)
        loss = loss_value()
        loss.backward()
        optimizer.step()

    return step, loss_value


def timings_ms(step, repeats, warmup):
    """(median, fastest) of `repeats` timed steps after `warmup` untimed ones."""
    for _ in range(warmup):
        step()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        step()
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times), min(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", type=int, default=1024)
    parser.add_argument("--features", type=int, default=256)
    parser.add_argument("--hidden", type=int, nargs="+", default=[128, 128])
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--threads", type=int, default=2, help="torch.set_num_threads (default 2: both cores)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    try:
        import torch
    except ImportError:
        print("torch64_ms=unavailable (torch not importable; see bench/README.md)")
        return
    torch.set_num_threads(args.threads)
    print(f"# torch {torch.__version__}, threads={torch.get_num_threads()}, N={args.samples}, "
          f"m={args.features}, hidden={args.hidden}, Adam", flush=True)
    losses = {}
    for name, dtype in (("torch64", torch.float64), ("torch32", torch.float32)):
        step, loss_value = build(torch, dtype, args.samples, args.features, args.hidden, args.seed)
        with torch.no_grad():
            before = loss_value().item()
        ms, fastest = timings_ms(step, args.repeats, args.warmup)
        with torch.no_grad():
            after = loss_value().item()
        losses[name] = (before, after)
        print(f"{name}_ms={ms:.3f} {name}_min_ms={fastest:.3f}", flush=True)
    steps = args.repeats + args.warmup
    for name, (before, after) in losses.items():
        print(f"# {name} loss {before:.6g} -> {after:.6g} after {steps} steps")


if __name__ == "__main__":
    main()
