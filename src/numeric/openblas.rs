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
            (panel == 0 && left_half) || (panel == panels - 1 && left_half == (panels % 2 == 0))
        }
        4 => true,
        _ => false,
    }
}
