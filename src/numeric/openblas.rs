//! Models of OpenBLAS 0.3.21's level-3 driver and Haswell kernels: which partial sums each
//! element of a single-precision product is made of. The products themselves are computed by
//! [`super::sgemm`], [`super::gauss_newton`] and the detection validator's network, which all
//! take their summation order from here.

/// Whether OpenBLAS 0.3.21's Haswell/Zen `sgemm` kernel (`sgemm_kernel_8x4_haswell_2.c`) sums
/// element `(i, j)` of an `m × n` column-major product in two interleaved halves (even and odd
/// `k` of the first `K − K % 8`, the rest with the even half) rather than in one chain.
///
/// The level-3 driver (`driver/level3/level3.c`) calls the kernel on column panels of 12 while
/// at least 12 columns remain, then of 4 while more than 4 remain, then the rest; the kernel
/// cuts a panel into 12-, 8-, 4-, 2- and 1-column blocks. A 12-column block over at least
/// 16 rows is done as staggered 16×6 tiles (one chain) plus two 8×6 edge tiles (split): the
/// left half of rows 0–7 and, for the last full 8 rows, the left half when the number of full
/// 8-row panels is even, else the right half. 4-column blocks use split 8×4 tiles on every full
/// 8-row panel. Everything else (8-, 2-, 1-column blocks, the rows after the last full panel,
/// fewer than 16 rows in a 12-column block) is one chain.
pub(crate) fn openblas_haswell_splits(m: usize, n: usize, i: usize, j: usize) -> bool {
    // Driver panel containing column j.
    let (mut start, mut width) = (0, 0);
    while start + width <= j {
        start += width;
        let rest = n - start;
        width = if rest >= 12 {
            12
        } else if rest > 4 {
            4
        } else {
            rest
        };
    }
    // Kernel block inside the panel.
    let mut offset = j - start;
    let mut left = width;
    let block = loop {
        let b = if left > 11 {
            12
        } else if left > 7 {
            8
        } else if left > 3 {
            4
        } else if left > 1 {
            2
        } else {
            1
        };
        if offset < b {
            break b;
        }
        offset -= b;
        left -= b;
    };
    let panels = m / 8;
    let panel = i / 8;
    if panel >= panels {
        return false;
    }
    match block {
        12 if m >= 16 => {
            let left_half = offset < 6;
            (panel == 0 && left_half)
                || (panel == panels - 1 && left_half == panels.is_multiple_of(2))
        }
        4 => true,
        _ => false,
    }
}

/// OpenBLAS 0.3.21's `SGEMM_P` on Haswell/Zen (x86-64, not Windows): rows per block of the
/// level-3 driver.
pub(crate) const SGEMM_P: usize = 320;
/// OpenBLAS 0.3.21's `SGEMM_Q` on Haswell/Zen (x86-64, not Windows): the longest run of terms
/// one kernel call sums; also caps `potrf`'s blocking factor.
pub(crate) const SGEMM_Q: usize = 320;

/// Where OpenBLAS 0.3.21's threaded level-3 driver (`level3_thread.c`) cuts a sum of `k`
/// terms into kernel calls: the start of every block after the first.
pub(crate) fn openblas_k_blocks(k: usize) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut ls = 0;
    while ls < k {
        let rest = k - ls;
        let len = if rest >= 2 * SGEMM_Q {
            SGEMM_Q
        } else if rest > SGEMM_Q {
            rest.div_ceil(2)
        } else {
            rest
        };
        if ls > 0 {
            starts.push(ls);
        }
        ls += len;
    }
    starts
}

/// Threads OpenBLAS used for OpenFace's reference output (a two-core machine, OpenBLAS's
/// default of one thread per core).
pub(crate) const OPENBLAS_REFERENCE_THREADS: usize = 2;

/// The output columns (`n` index: output pixels) of OpenFace's convolution product that
/// OpenBLAS 0.3.21's Haswell kernel sums in two interleaved halves for its first eight rows
/// (kernels 0–7), when the product has `m` rows (kernels) and `n` columns and OpenBLAS runs
/// `threads` threads.
///
/// With fewer than 16 rows OpenBLAS keeps the rows in one thread and cuts the columns: into
/// `threads` ranges (each `⌈n / threads⌉` rounded up to a multiple of 8, at least 8), each range
/// into two halves (`DIVIDE_RATE`), each half into kernel calls of 12 columns while 12 remain,
/// then of 4 while more than 4 remain, then the rest. A call of 4 to 7 columns starts with a
/// 4-column block, whose full 8-row tiles the kernel sums in two interleaved halves. With one
/// thread (or a product too small to thread: `m·n·k ≤ 262144`) the columns are not cut into
/// ranges. Only the `8 ≤ m < 16` case that OpenFace's validators reach is modelled: `None`
/// for 16 rows or more; no column for fewer than 8 rows (no full 8-row tile).
pub(crate) fn openblas_split_columns(
    m: usize,
    n: usize,
    k: usize,
    threads: usize,
) -> Option<Vec<usize>> {
    let mut cols = Vec::new();
    if m >= 16 {
        return None;
    }
    if m < 8 {
        return Some(cols);
    }
    // interface/gemm.c threads only above 65536 · GEMM_MULTITHREAD_THRESHOLD (4) products;
    // level3_thread.c then keeps m < 16 rows in one thread and gives n to
    // min(⌈n / SWITCH_RATIO⌉, threads) threads, or runs the serial driver if that is one.
    let parts = threads.min(n.div_ceil(8));
    let threaded = (m * n * k) as f64 > 65536.0 * 4.0 && parts > 1;
    let mut ranges = Vec::new();
    if threaded {
        let mut start = 0;
        let mut left = n;
        let mut part = 0;
        while left > 0 {
            // blas_quickdivide, at least SWITCH_RATIO (8), round_up to GEMM_PREFERED_SIZE (8).
            let mut width = (left + parts - part - 1) / (parts - part).max(1);
            width = width.max(8);
            if 8 <= left && width > 8 {
                width = width.div_ceil(8) * 8;
            }
            let width = width.min(left);
            ranges.push((start, start + width));
            start += width;
            left -= width;
            part += 1;
        }
    } else {
        ranges.push((0, n));
    }
    for (from, to) in ranges {
        let halves: Vec<(usize, usize)> = if threaded {
            let div = (to - from).div_ceil(2);
            (from..to)
                .step_by(div.max(1))
                .map(|s| (s, (s + div).min(to)))
                .collect()
        } else {
            vec![(from, to)]
        };
        for (s, e) in halves {
            let mut j = s;
            while j < e {
                let rest = e - j;
                let width = if rest >= 12 {
                    12
                } else if rest > 4 {
                    4
                } else {
                    rest
                };
                if width == 4 {
                    cols.extend(j..j + 4);
                }
                j += width;
            }
        }
    }
    Some(cols)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn k_blocks_follow_openblas_threaded_driver() {
        assert!(openblas_k_blocks(82).is_empty());
        assert!(openblas_k_blocks(320).is_empty());
        assert_eq!(openblas_k_blocks(491), vec![246]);
        assert_eq!(openblas_k_blocks(640), vec![320]);
        assert_eq!(openblas_k_blocks(1001), vec![320, 640, 640 + 181]);
    }
}
