#!/usr/bin/env python3
"""The SciPy peer of the 2D PDE re-solve: the same semi-discrete system M u' = -A u, exported by
`java -jar target/freqbias.jar bench SESSION --export-pde DIR`, solved at the same times by
scipy.sparse.linalg.expm_multiply (Al-Mohy and Higham's truncated Taylor series, to double precision).

Mass matrix: the consistent one, as in the project. expm_multiply takes a LinearOperator, so the
operator is -M^-1 A applied through one sparse LU of M (splu, made inside the timed region like the
project's own factorization); its transpose -A M^-1 is given for SciPy's norm estimates, and its
trace is estimated by SciPy (Hutch++), as for any operator. Real and imaginary parts of u0 are the
two columns of one right-hand side. With --lumped the peer solves the lumped-mass system instead
(M replaced by the diagonal of its row sums, -M_L^-1 A handed to SciPy as one sparse matrix, so no
factorization and exact norms): a different, cheaper discretization, timed to show that the peer's
cost is SciPy's Taylor series on a stiff operator rather than the LU of M. The timed region starts from the matrices: reading the files,
and on the project's side nothing either (its JMH figure also includes assembling A and transforming
the residual).

Prints `scipy_ms=<median>` over the repeats, and `max_rel_diff_M=` the largest
||u_scipy(t) - u_project(t)||_M / ||u0||_M over the times, against the project's solution in the
export (solution.f64).
"""
import argparse
import json
import pathlib
import statistics
import time
import warnings

import numpy as np
import scipy.io
import scipy.sparse.linalg as sla


def load(folder):
    """M, A (CSC), U0 (n x 2: Re, Im), times, the project's solution (times x 2 x n)."""
    m = scipy.io.mmread(folder / "M.mtx").tocsc()
    a = scipy.io.mmread(folder / "A.mtx").tocsc()
    u0 = np.loadtxt(folder / "u0.txt").reshape(-1, 2)
    times = np.loadtxt(folder / "times.txt", ndmin=1)
    meta = json.loads((folder / "export.json").read_text())
    ours = np.fromfile(folder / "solution.f64", dtype="<f8").reshape(meta["times"], 2, meta["nodes"])
    return m, a, u0, times, ours


def lumped_operator(m, a):
    """-M_L^-1 A as a sparse matrix, M_L = diag(row sums of M)."""
    return (-scipy.sparse.diags(1.0 / np.asarray(m.sum(axis=1)).ravel()) @ a).tocsr()


def consistent_operator(m, a):
    """-M^-1 A as a LinearOperator through one sparse LU of M."""
    lu = sla.splu(m)
    n = m.shape[0]
    return sla.LinearOperator(
        (n, n), dtype=np.float64,
        matvec=lambda x: -lu.solve(a @ x),
        matmat=lambda x: -lu.solve(a @ x),
        rmatvec=lambda x: -(a @ lu.solve(x)),
        rmatmat=lambda x: -(a @ lu.solve(x)))


def solve(m, a, u0, times, lumped):
    """u(t) for every t: array (times x n x 2)."""
    op = lumped_operator(m, a) if lumped else consistent_operator(m, a)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")          # "trace of LinearOperator not available, it will be estimated"
        steps = np.diff(times)
        if len(times) > 1 and np.allclose(steps, steps[0], rtol=1e-12, atol=0):
            return sla.expm_multiply(op, u0, start=times[0], stop=times[-1], num=len(times), endpoint=True)
        return np.array([sla.expm_multiply(t * op, u0) for t in times])


def m_norm(m, x):
    return float(np.sqrt(np.sum(x * (m @ x))))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=pathlib.Path, help="a directory written by bench --export-pde")
    parser.add_argument("--repeats", type=int, default=3, help="timed solves (default 3)")
    parser.add_argument("--lumped", action="store_true", help="solve the lumped-mass system instead (see above)")
    args = parser.parse_args()
    m, a, u0, times, ours = load(args.folder)
    runs = []
    for _ in range(args.repeats):
        start = time.perf_counter()
        u = solve(m, a, u0, times, args.lumped)
        runs.append((time.perf_counter() - start) * 1e3)
    norm0 = m_norm(m, u0)
    diff = max(m_norm(m, u[i] - ours[i].T) for i in range(len(times))) / norm0
    mass = "lumped mass (a different discretization)" if args.lumped else "consistent mass through splu(M)"
    print(f"# {m.shape[0]} nodes, {len(times)} times up to t = {times[-1]:g}; {mass}")
    print("scipy_runs_ms=" + ",".join(f"{r:.1f}" for r in runs))
    print(f"scipy_ms={statistics.median(runs):.1f}")
    print(f"max_rel_diff_M={diff:.2e}")


if __name__ == "__main__":
    main()
