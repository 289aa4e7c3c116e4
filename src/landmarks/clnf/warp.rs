//! The bilinear affine warp CLNF extracts its patch areas with, reproducing OpenCV 4.6's
//! `cv::warpAffine(src, dst, M, size, WARP_INVERSE_MAP | INTER_LINEAR, BORDER_CONSTANT, 0)` on a
//! single-channel float image bit for bit: source coordinates in fixed point (1/1024 pixel,
//! rounded to even, then cut to 1/32), OpenCV's 32×32 table of float bilinear weights, and the
//! four-tap sum in float in OpenCV's order, with taps outside the image read as 0.
//!
//! Why not call OpenCV: one call per landmark per scale costs its setup and thread dispatch on a
//! 19×19 area, 10% of a tracked frame (measured with `perf` on 2015-10-15-15-14.avi); this
//! loop gives the same floats (`tests` below compare with `cv::warpAffine` directly).

/// Fractional bits of the source coordinates OpenCV interpolates with (`INTER_BITS`).
const INTER_BITS: u32 = 5;
const INTER_TAB_SIZE: i32 = 1 << INTER_BITS;
/// Fractional bits of the fixed-point coordinate arithmetic (`AB_BITS`).
const AB_BITS: u32 = 10;
const AB_SCALE: f64 = (1 << AB_BITS) as f64;

/// `saturate_cast<int>(double)` (`cvRound`): round half to even. Adding and removing 1.5·2^52
/// rounds to an integer in the current (nearest-even) mode, exactly for |v| < 2^51, without a
/// libm call (`round_ties_even` is one on x86-64's baseline); coordinates here are far smaller.
#[inline]
fn round_to_int(v: f64) -> i32 {
    const MAGIC: f64 = 6_755_399_441_055_744.0;
    ((v + MAGIC) - MAGIC) as i32
}

/// OpenCV's `BilinearTab_f`: the weights of every (x, y) fraction pair, computed once.
fn weight_table() -> &'static [[f32; 4]] {
    static TABLE: std::sync::OnceLock<Vec<[f32; 4]>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (0..INTER_TAB_SIZE * INTER_TAB_SIZE)
            .map(|i| weights(i % INTER_TAB_SIZE, i / INTER_TAB_SIZE))
            .collect()
    })
}

/// The four bilinear weights for the fractions (`fx`, `fy`) in 32nds, as OpenCV's float table
/// (`initInterTab2D`): products of `1 − f` and `f`, each exact in float.
fn weights(fx: i32, fy: i32) -> [f32; 4] {
    let step = 1.0f32 / INTER_TAB_SIZE as f32;
    let (x, y) = (fx as f32 * step, fy as f32 * step);
    let (vx, vy) = ([1.0 - x, x], [1.0 - y, y]);
    [vy[0] * vx[0], vy[0] * vx[1], vy[1] * vx[0], vy[1] * vx[1]]
}

/// Warps the row-major `width × height` float image `src` into the row-major
/// `out_width × out_height` `out`: `out(x, y) = src(M·(x, y, 1))` with `m` = `[M00, M01, M02,
/// M10, M11, M12]` in double, as `cv::warpAffine` with `WARP_INVERSE_MAP`. The pixels may be
/// 8-bit: they are read as the floats `convertTo(CV_32F)` makes of them (exact), so the result
/// is the warp of the float image.
///
/// # Panics
/// When `src` or `out` is smaller than its size says.
pub fn warp_affine_bilinear<P: Copy + Into<f32>>(
    src: &[P],
    (width, height): (usize, usize),
    m: [f64; 6],
    (out_width, out_height): (usize, usize),
    out: &mut [f32],
) {
    assert!(src.len() >= width * height && out.len() >= out_width * out_height);
    let mut deltas_stack = [(0i32, 0i32); 64];
    let mut deltas_heap = Vec::new();
    let deltas: &mut [(i32, i32)] = if out_width <= deltas_stack.len() {
        &mut deltas_stack[..out_width]
    } else {
        deltas_heap.resize(out_width, (0, 0));
        &mut deltas_heap
    };
    for (dx, d) in deltas.iter_mut().enumerate() {
        *d = column_deltas(&m, dx);
    }
    let table = weight_table();
    for dy in 0..out_height {
        let (x0, y0) = row_start(&m, dy);
        let row = &mut out[dy * out_width..(dy + 1) * out_width];
        for (value, &(adelta, bdelta)) in row.iter_mut().zip(deltas.iter()) {
            let x = x0.wrapping_add(adelta) >> (AB_BITS - INTER_BITS);
            let y = y0.wrapping_add(bdelta) >> (AB_BITS - INTER_BITS);
            *value = pixel(src, (width, height), table, x, y);
        }
    }
}

/// The map from a `width`-pixel-wide patch area to the image that `Patch_experts::Response`
/// builds for a landmark at `centre`: rotation-scale `(a1, b1)` (`sim_ref_to_img(0,0)`,
/// `−sim_ref_to_img(0,1)`) and the area's centre at the landmark, in float as OpenFace forms
/// it, widened to double for the warp.
pub fn patch_area_transform(centre: [f32; 2], (a1, b1): (f32, f32), width: usize) -> [f64; 6] {
    let half = (width as f32 - 1.0) / 2.0;
    let [lx, ly] = centre;
    [
        a1,
        -b1,
        lx - a1 * half + b1 * half,
        b1,
        a1,
        ly - a1 * half - b1 * half,
    ]
    .map(f64::from)
}

/// [`warp_affine_bilinear`] of an 8-bit image: with AVX-512F sixteen output pixels at a time,
/// with AVX2 eight (the same integer coordinates, weights and four-tap float sum per pixel, so
/// the same floats; a block with a pixel whose taps are not all inside the image, or whose
/// position OpenCV would clamp to 16 bits, goes through the plain loop), otherwise the plain
/// loop.
///
/// # Panics
/// When `src` or `out` is smaller than its size says.
pub fn warp_affine_bilinear_u8(
    src: &[u8],
    size: (usize, usize),
    m: [f64; 6],
    out_size: (usize, usize),
    out: &mut [f32],
) {
    #[cfg(target_arch = "x86_64")]
    {
        let level = crate::numeric::cpu::CpuLevel::get();
        if let (true, Some(deltas)) = (level.vector(), ColumnDeltas::new(&m, out_size.0, src)) {
            assert!(src.len() >= size.0 * size.1 && out.len() >= out_size.0 * out_size.1);
            if level.wide() {
                // SAFETY: AVX-512F is available (checked at run time); sizes checked above.
                unsafe { wide::warp_u8(src, size, &m, &deltas, out_size, out) };
            } else {
                // SAFETY: AVX2 is available (checked at run time); sizes checked above.
                unsafe { avx2::warp_u8(src, size, &m, &deltas, out_size, out) };
            }
            return;
        }
    }
    warp_affine_bilinear(src, size, m, out_size, out);
}

/// One output pixel of [`warp_affine_bilinear`] from its fixed-point source position `(x, y)`
/// (1/32 pixel); `table` is [`weight_table`].
#[inline(always)]
fn pixel<P: Copy + Into<f32>>(
    src: &[P],
    (width, height): (usize, usize),
    table: &[[f32; 4]],
    x: i32,
    y: i32,
) -> f32 {
    let (w, h) = (width as i64, height as i64);
    let at = |x: i64, y: i64| -> f32 {
        if x >= 0 && x < w && y >= 0 && y < h {
            src[(y * w + x) as usize].into()
        } else {
            0.0
        }
    };
    // `saturate_cast<short>` of the integer part; image sizes here are far inside it.
    let (sx, sy) = (
        (x >> INTER_BITS).clamp(i16::MIN as i32, i16::MAX as i32) as i64,
        (y >> INTER_BITS).clamp(i16::MIN as i32, i16::MAX as i32) as i64,
    );
    let wt =
        &table[((y & (INTER_TAB_SIZE - 1)) * INTER_TAB_SIZE + (x & (INTER_TAB_SIZE - 1))) as usize];
    if sx >= 0 && sx < w - 1 && sy >= 0 && sy < h - 1 {
        let i = (sy * w + sx) as usize;
        let s0 = &src[i..i + 2];
        let s1 = &src[i + width..i + width + 2];
        let (s00, s01, s10, s11): (f32, f32, f32, f32) =
            (s0[0].into(), s0[1].into(), s1[0].into(), s1[1].into());
        s00 * wt[0] + s01 * wt[1] + s10 * wt[2] + s11 * wt[3]
    } else if sx >= w || sx + 1 < 0 || sy >= h || sy + 1 < 0 {
        0.0
    } else {
        at(sx, sy) * wt[0]
            + at(sx + 1, sy) * wt[1]
            + at(sx, sy + 1) * wt[2]
            + at(sx + 1, sy + 1) * wt[3]
    }
}

/// The row start of output row `dy` in fixed point, as OpenCV computes it (wrapping like its
/// `int` arithmetic on a degenerate, huge transform).
#[inline(always)]
fn row_start(m: &[f64; 6], dy: usize) -> (i32, i32) {
    let round_delta = (1 << AB_BITS) / INTER_TAB_SIZE / 2;
    (
        round_to_int((m[1] * dy as f64 + m[2]) * AB_SCALE).wrapping_add(round_delta),
        round_to_int((m[4] * dy as f64 + m[5]) * AB_SCALE).wrapping_add(round_delta),
    )
}

/// `adelta`, `bdelta`: the column offsets in fixed point, as OpenCV precomputes them.
#[inline(always)]
fn column_deltas(m: &[f64; 6], dx: usize) -> (i32, i32) {
    (
        round_to_int(m[0] * dx as f64 * AB_SCALE),
        round_to_int(m[3] * dx as f64 * AB_SCALE),
    )
}

/// The column offsets of an output row of at most 64 pixels ([`column_deltas`]), for the
/// vector kernels, whose 32-bit index arithmetic also needs the image below 2³¹ bytes.
#[cfg(target_arch = "x86_64")]
struct ColumnDeltas {
    a: [i32; 64],
    b: [i32; 64],
}

#[cfg(target_arch = "x86_64")]
impl ColumnDeltas {
    fn new(m: &[f64; 6], out_width: usize, src: &[u8]) -> Option<Self> {
        if out_width > 64 || src.len() >= i32::MAX as usize {
            return None;
        }
        let mut deltas = ColumnDeltas {
            a: [0; 64],
            b: [0; 64],
        };
        for dx in 0..out_width {
            (deltas.a[dx], deltas.b[dx]) = column_deltas(m, dx);
        }
        Some(deltas)
    }
}

/// The vector kernels' exclusive bound on a tap's whole-pixel position along an axis of
/// `size` pixels: `size − 1` (both taps inside), and at most 32768, because OpenCV clamps the
/// position to 16 bits first ([`pixel`]); a lane at 32768 or beyond goes through the plain
/// loop, which clamps it.
#[cfg(target_arch = "x86_64")]
fn inner_bound(size: usize) -> i32 {
    size.saturating_sub(1).min(1 << 15) as i32
}

/// Output pixels `row[first..first + xs.len()]` from their fixed-point source positions, by
/// the plain loop's arithmetic (the vector kernels' blocks that touch a border).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn plain_block(src: &[u8], size: (usize, usize), xs: &[i32], ys: &[i32], out: &mut [f32]) {
    let table = weight_table();
    for ((o, &x), &y) in out.iter_mut().zip(xs).zip(ys) {
        *o = pixel(src, size, table, x, y);
    }
}

#[cfg(target_arch = "x86_64")]
mod wide {
    use super::{inner_bound, plain_block, row_start, ColumnDeltas};
    use super::{AB_BITS, INTER_BITS, INTER_TAB_SIZE};
    use std::arch::x86_64::*;

    /// Output pixels per register.
    const LANES: usize = 16;

    /// [`super::warp_affine_bilinear`] of bytes, sixteen output pixels per step.
    ///
    /// # Safety
    /// AVX-512F available; `src` holds `width·height` bytes and `out` `out_width·out_height`
    /// floats.
    #[target_feature(enable = "avx512f")]
    pub(super) unsafe fn warp_u8(
        src: &[u8],
        (width, height): (usize, usize),
        m: &[f64; 6],
        deltas: &ColumnDeltas,
        (out_width, out_height): (usize, usize),
        out: &mut [f32],
    ) {
        // Lanes whose taps are all inside: `0 ≤ sx < width − 1`, `0 ≤ sy < height − 1`
        // (unsigned comparisons), and the 4-byte loads of both rows within `src`.
        let w_inner = _mm512_set1_epi32(inner_bound(width));
        let h_inner = _mm512_set1_epi32(inner_bound(height));
        let load_limit = _mm512_set1_epi32(src.len().saturating_sub(width + 3) as i32);
        let wv = _mm512_set1_epi32(width as i32);
        let frac = _mm512_set1_epi32(INTER_TAB_SIZE - 1);
        let byte = _mm512_set1_epi32(0xff);
        let step = _mm512_set1_ps(1.0 / INTER_TAB_SIZE as f32);
        let one = _mm512_set1_ps(1.0);
        let base = src.as_ptr();
        for dy in 0..out_height {
            let (x0, y0) = row_start(m, dy);
            let (x0v, y0v) = (_mm512_set1_epi32(x0), _mm512_set1_epi32(y0));
            let row = &mut out[dy * out_width..(dy + 1) * out_width];
            for dx in (0..out_width).step_by(LANES) {
                let n = (out_width - dx).min(LANES);
                let lanes: __mmask16 = if n == LANES { 0xffff } else { (1u16 << n) - 1 };
                let ad = _mm512_maskz_loadu_epi32(lanes, deltas.a.as_ptr().add(dx));
                let bd = _mm512_maskz_loadu_epi32(lanes, deltas.b.as_ptr().add(dx));
                let x = _mm512_srai_epi32::<{ AB_BITS - INTER_BITS }>(_mm512_add_epi32(x0v, ad));
                let y = _mm512_srai_epi32::<{ AB_BITS - INTER_BITS }>(_mm512_add_epi32(y0v, bd));
                let sx = _mm512_srai_epi32::<INTER_BITS>(x);
                let sy = _mm512_srai_epi32::<INTER_BITS>(y);
                let idx = _mm512_add_epi32(_mm512_mullo_epi32(sy, wv), sx);
                let inside = _mm512_mask_cmplt_epu32_mask(lanes, sx, w_inner)
                    & _mm512_mask_cmplt_epu32_mask(lanes, sy, h_inner)
                    & _mm512_mask_cmplt_epu32_mask(lanes, idx, load_limit);
                if inside != lanes {
                    let mut xs = [0i32; LANES];
                    let mut ys = [0i32; LANES];
                    _mm512_storeu_si512(xs.as_mut_ptr().cast(), x);
                    _mm512_storeu_si512(ys.as_mut_ptr().cast(), y);
                    plain_block(src, (width, height), &xs[..n], &ys[..n], &mut row[dx..]);
                    continue;
                }
                let top = _mm512_mask_i32gather_epi32::<1>(
                    _mm512_setzero_si512(),
                    lanes,
                    idx,
                    base.cast(),
                );
                let bottom = _mm512_mask_i32gather_epi32::<1>(
                    _mm512_setzero_si512(),
                    lanes,
                    _mm512_add_epi32(idx, wv),
                    base.cast(),
                );
                let tap = |v: __m512i| _mm512_cvtepi32_ps(_mm512_and_si512(v, byte));
                let (s00, s01) = (tap(top), tap(_mm512_srli_epi32::<8>(top)));
                let (s10, s11) = (tap(bottom), tap(_mm512_srli_epi32::<8>(bottom)));
                // OpenCV's table entry, computed in place: products of `1 − f` and `f`.
                let fx = _mm512_mul_ps(_mm512_cvtepi32_ps(_mm512_and_si512(x, frac)), step);
                let fy = _mm512_mul_ps(_mm512_cvtepi32_ps(_mm512_and_si512(y, frac)), step);
                let (vx0, vy0) = (_mm512_sub_ps(one, fx), _mm512_sub_ps(one, fy));
                let w0 = _mm512_mul_ps(vy0, vx0);
                let w1 = _mm512_mul_ps(vy0, fx);
                let w2 = _mm512_mul_ps(fy, vx0);
                let w3 = _mm512_mul_ps(fy, fx);
                let v = _mm512_add_ps(_mm512_mul_ps(s00, w0), _mm512_mul_ps(s01, w1));
                let v = _mm512_add_ps(v, _mm512_mul_ps(s10, w2));
                let v = _mm512_add_ps(v, _mm512_mul_ps(s11, w3));
                _mm512_mask_storeu_ps(row.as_mut_ptr().add(dx), lanes, v);
            }
        }
    }
}

#[cfg(target_arch = "x86_64")]
mod avx2 {
    use super::INTER_TAB_SIZE;
    use super::{inner_bound, plain_block, row_start, ColumnDeltas, AB_BITS, INTER_BITS};
    use std::arch::x86_64::*;

    /// Output pixels per register.
    const LANES: usize = 8;

    /// [`super::warp_affine_bilinear`] of bytes, eight output pixels per step; a block of
    /// fewer than eight (a row's end) goes through the plain loop.
    ///
    /// # Safety
    /// AVX2 available; `src` holds `width·height` bytes and `out` `out_width·out_height`
    /// floats.
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn warp_u8(
        src: &[u8],
        (width, height): (usize, usize),
        m: &[f64; 6],
        deltas: &ColumnDeltas,
        (out_width, out_height): (usize, usize),
        out: &mut [f32],
    ) {
        // Inside: `0 ≤ sx < width − 1`, `0 ≤ sy < height − 1`, and both rows' 4-byte loads
        // within `src` (signed comparisons; every bound is below 2³¹).
        let w_inner = _mm256_set1_epi32(inner_bound(width));
        let h_inner = _mm256_set1_epi32(inner_bound(height));
        let load_limit = _mm256_set1_epi32(src.len().saturating_sub(width + 3) as i32);
        let minus_one = _mm256_set1_epi32(-1);
        let wv = _mm256_set1_epi32(width as i32);
        let frac = _mm256_set1_epi32(INTER_TAB_SIZE - 1);
        let byte = _mm256_set1_epi32(0xff);
        let step = _mm256_set1_ps(1.0 / INTER_TAB_SIZE as f32);
        let one = _mm256_set1_ps(1.0);
        let base = src.as_ptr() as *const i32;
        for dy in 0..out_height {
            let (x0, y0) = row_start(m, dy);
            let (x0v, y0v) = (_mm256_set1_epi32(x0), _mm256_set1_epi32(y0));
            let row = &mut out[dy * out_width..(dy + 1) * out_width];
            let mut dx = 0;
            while dx + LANES <= out_width {
                let ad = _mm256_loadu_si256(deltas.a.as_ptr().add(dx).cast());
                let bd = _mm256_loadu_si256(deltas.b.as_ptr().add(dx).cast());
                let x = _mm256_srai_epi32::<{ (AB_BITS - INTER_BITS) as i32 }>(_mm256_add_epi32(
                    x0v, ad,
                ));
                let y = _mm256_srai_epi32::<{ (AB_BITS - INTER_BITS) as i32 }>(_mm256_add_epi32(
                    y0v, bd,
                ));
                let sx = _mm256_srai_epi32::<{ INTER_BITS as i32 }>(x);
                let sy = _mm256_srai_epi32::<{ INTER_BITS as i32 }>(y);
                let idx = _mm256_add_epi32(_mm256_mullo_epi32(sy, wv), sx);
                let inside = _mm256_and_si256(
                    _mm256_and_si256(
                        _mm256_cmpgt_epi32(sx, minus_one),
                        _mm256_cmpgt_epi32(w_inner, sx),
                    ),
                    _mm256_and_si256(
                        _mm256_and_si256(
                            _mm256_cmpgt_epi32(sy, minus_one),
                            _mm256_cmpgt_epi32(h_inner, sy),
                        ),
                        _mm256_cmpgt_epi32(load_limit, idx),
                    ),
                );
                if _mm256_movemask_epi8(inside) != -1 {
                    let mut xs = [0i32; LANES];
                    let mut ys = [0i32; LANES];
                    _mm256_storeu_si256(xs.as_mut_ptr().cast(), x);
                    _mm256_storeu_si256(ys.as_mut_ptr().cast(), y);
                    plain_block(src, (width, height), &xs, &ys, &mut row[dx..]);
                    dx += LANES;
                    continue;
                }
                let top = _mm256_i32gather_epi32::<1>(base, idx);
                let bottom = _mm256_i32gather_epi32::<1>(base, _mm256_add_epi32(idx, wv));
                let tap = |v: __m256i| _mm256_cvtepi32_ps(_mm256_and_si256(v, byte));
                let (s00, s01) = (tap(top), tap(_mm256_srli_epi32::<8>(top)));
                let (s10, s11) = (tap(bottom), tap(_mm256_srli_epi32::<8>(bottom)));
                // OpenCV's table entry, computed in place: products of `1 − f` and `f`.
                let fx = _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_and_si256(x, frac)), step);
                let fy = _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_and_si256(y, frac)), step);
                let (vx0, vy0) = (_mm256_sub_ps(one, fx), _mm256_sub_ps(one, fy));
                let w0 = _mm256_mul_ps(vy0, vx0);
                let w1 = _mm256_mul_ps(vy0, fx);
                let w2 = _mm256_mul_ps(fy, vx0);
                let w3 = _mm256_mul_ps(fy, fx);
                let v = _mm256_add_ps(_mm256_mul_ps(s00, w0), _mm256_mul_ps(s01, w1));
                let v = _mm256_add_ps(v, _mm256_mul_ps(s10, w2));
                let v = _mm256_add_ps(v, _mm256_mul_ps(s11, w3));
                _mm256_storeu_ps(row.as_mut_ptr().add(dx), v);
                dx += LANES;
            }
            // The row's last pixels (fewer than eight).
            let (mut xs, mut ys) = ([0i32; LANES], [0i32; LANES]);
            for (l, d) in (dx..out_width).enumerate() {
                xs[l] = x0.wrapping_add(deltas.a[d]) >> (AB_BITS - INTER_BITS);
                ys[l] = y0.wrapping_add(deltas.b[d]) >> (AB_BITS - INTER_BITS);
            }
            let n = out_width - dx;
            plain_block(src, (width, height), &xs[..n], &ys[..n], &mut row[dx..]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::Rng;
    use opencv::core::{self as cv, Mat};
    use opencv::imgproc;
    use opencv::prelude::*;

    fn opencv_warp(
        src: &[f32],
        size: (usize, usize),
        m: [f64; 6],
        out: (usize, usize),
    ) -> Vec<f32> {
        let src = Mat::new_rows_cols_with_data(size.1 as i32, size.0 as i32, src).unwrap();
        let m32: Vec<f32> = m.iter().map(|&v| v as f32).collect();
        let mm = Mat::new_rows_cols_with_data(2, 3, &m32).unwrap();
        let mut dst = Mat::default();
        imgproc::warp_affine(
            &src,
            &mut dst,
            &mm,
            cv::Size::new(out.0 as i32, out.1 as i32),
            imgproc::WARP_INVERSE_MAP + imgproc::INTER_LINEAR,
            cv::BORDER_CONSTANT,
            cv::Scalar::all(0.0),
        )
        .unwrap();
        dst.data_typed::<f32>().unwrap().to_vec()
    }

    /// Against `cv::warpAffine` itself: random images and similarity transforms of the kind
    /// CLNF uses (scale 0.5-4, any rotation), areas inside, across and outside the image
    /// borders, and exact half-pixel positions. Every value must be the same float.
    /// A degenerate transform (huge or non-finite) gives zeros or garbage, never a panic.
    #[test]
    fn degenerate_transforms_do_not_panic() {
        let image = vec![1.0f32; 16];
        let mut out = vec![0.0f32; 9];
        for m in [
            [1e12, 0.0, 1e12, 0.0, 1e12, -1e12],
            [f64::NAN, 0.0, 0.0, 0.0, f64::NAN, 0.0],
            [f64::INFINITY, 1.0, -f64::INFINITY, 0.0, 1.0, 0.0],
        ] {
            warp_affine_bilinear(&image, (4, 4), m, (3, 3), &mut out);
        }
    }

    #[test]
    fn same_floats_as_opencv() {
        let mut rng = Rng(0x1234_5678_9abc_def1);
        let (w, h) = (64usize, 48usize);
        let image: Vec<f32> = (0..w * h).map(|_| (rng.next() + 1.0) * 127.5).collect();
        let mut cases = 0;
        for case in 0..400 {
            let scale = 0.5 + 1.75 * (rng.next() + 1.0);
            let angle = std::f32::consts::PI * rng.next();
            let (a1, b1) = (scale * angle.cos(), scale * angle.sin());
            // Centres from well outside to well inside; every 10th on a half-pixel grid.
            let mut cx = (rng.next() * 0.8 + 0.5) * w as f32;
            let mut cy = (rng.next() * 0.8 + 0.5) * h as f32;
            if case % 10 == 0 {
                cx = (cx * 2.0).round() / 2.0;
                cy = (cy * 2.0).round() / 2.0;
            }
            let size = 11 + (case % 4) * 2;
            let m = patch_area_transform([cx, cy], (a1, b1), size);
            let mut ours = vec![0.0f32; size * size];
            warp_affine_bilinear(&image, (w, h), m, (size, size), &mut ours);
            let theirs = opencv_warp(&image, (w, h), m, (size, size));
            for (i, (a, b)) in ours.iter().zip(&theirs).enumerate() {
                assert_eq!(
                    a.to_bits(),
                    b.to_bits(),
                    "case {case}, pixel {i}: {a} vs OpenCV {b} (M {m:?})"
                );
            }
            cases += 1;
        }
        assert_eq!(cases, 400);
    }

    /// The AVX-512 and AVX2 byte warps give the plain loop's floats: areas inside, across and outside
    /// the borders (whole blocks and mixed ones), widths below, at and above 16 (masked
    /// tails), the image's last pixels, and degenerate transforms.
    #[test]
    fn wide_byte_warp_is_the_plain_loop() {
        let mut rng = Rng(0x005e_ed0f_a11b_17e5);
        let (w, h) = (48usize, 36usize);
        let bytes: Vec<u8> = (0..w * h)
            .map(|_| ((rng.next() + 1.0) * 127.9) as u8)
            .collect();
        let mut cases: Vec<[f64; 6]> = (0..600)
            .map(|case| {
                let scale = 0.4 + 1.5 * (rng.next() + 1.0);
                let angle = std::f32::consts::PI * rng.next();
                let (a1, b1) = (scale * angle.cos(), scale * angle.sin());
                let spread = if case % 3 == 0 { 1.4 } else { 0.7 };
                let cx = (rng.next() * spread + 0.5) * w as f32;
                let cy = (rng.next() * spread + 0.5) * h as f32;
                [a1, -b1, cx - 8.0 * a1, b1, a1, cy - 8.0 * a1].map(f64::from)
            })
            .collect();
        // Positions beyond OpenCV's 16-bit clamp, along x and along y.
        for (iw, ih, m) in [
            (40_000usize, 4usize, [1.0, 0.0, 35_000.0, 0.0, 1.0, 1.0]),
            (4, 40_000, [1.0, 0.0, 1.0, 0.0, 1.0, 35_000.0]),
            (40_000, 4, [1.0, 0.0, 32_760.0, 0.0, 1.0, 1.0]),
        ] {
            let big: Vec<u8> = (0..iw * ih).map(|i| (i * 7 % 251) as u8).collect();
            let mut plain = vec![0.0f32; 17 * 2];
            warp_affine_bilinear(&big, (iw, ih), m, (17, 2), &mut plain);
            let mut fast = vec![0.0f32; 17 * 2];
            warp_affine_bilinear_u8(&big, (iw, ih), m, (17, 2), &mut fast);
            assert_eq!(plain, fast, "{iw}×{ih} image, {m:?}");
            #[cfg(target_arch = "x86_64")]
            if crate::numeric::cpu::CpuLevel::detected().vector() {
                let deltas = ColumnDeltas::new(&m, 17, &big).expect("small area");
                let mut eight = vec![0.0f32; 17 * 2];
                // SAFETY: AVX2 checked just above; sizes as the plain call's.
                unsafe { avx2::warp_u8(&big, (iw, ih), &m, &deltas, (17, 2), &mut eight) };
                assert_eq!(plain, eight, "{iw}×{ih} image, {m:?}, AVX2");
            }
        }
        // The bottom-right corner (the 4-byte loads' end) and degenerate transforms.
        cases.push([1.0, 0.0, (w - 18) as f64, 0.0, 1.0, (h - 3) as f64]);
        cases.push([
            1.0,
            0.0,
            (w - 17) as f64 + 0.5,
            0.0,
            1.0,
            (h - 2) as f64 + 0.25,
        ]);
        cases.push([1e12, 0.0, 1e12, 0.0, 1e12, -1e12]);
        cases.push([f64::NAN, 0.0, 0.0, 0.0, f64::NAN, 0.0]);
        for (case, m) in cases.iter().enumerate() {
            for size in [7usize, 16, 17, 21, 33] {
                let mut plain = vec![0.0f32; size * size];
                warp_affine_bilinear(&bytes, (w, h), *m, (size, size), &mut plain);
                let mut fast = vec![0.0f32; size * size];
                warp_affine_bilinear_u8(&bytes, (w, h), *m, (size, size), &mut fast);
                let same = |fast: &[f32]| {
                    plain
                        .iter()
                        .zip(fast)
                        .all(|(a, b)| a.to_bits() == b.to_bits())
                };
                assert!(same(&fast), "case {case}, size {size}");
                // The AVX2 kernel too, whichever level the process runs.
                #[cfg(target_arch = "x86_64")]
                if crate::numeric::cpu::CpuLevel::detected().vector() {
                    let mut eight = vec![0.0f32; size * size];
                    // SAFETY: AVX2 checked just above; sizes as the plain call's.
                    let deltas = ColumnDeltas::new(m, size, &bytes).expect("small area");
                    unsafe { avx2::warp_u8(&bytes, (w, h), m, &deltas, (size, size), &mut eight) };
                    assert!(same(&eight), "case {case}, size {size}, AVX2");
                }
            }
        }
        eprintln!(
            "wide kernel ran: {}",
            crate::numeric::cpu::CpuLevel::get().wide()
        );
    }

    /// An 8-bit image warps to `cv::warpAffine` of its float conversion.
    #[test]
    fn bytes_warp_as_their_floats() {
        let mut rng = Rng(0x0bad_cafe_1234_0001);
        let (w, h) = (40usize, 30usize);
        let bytes: Vec<u8> = (0..w * h)
            .map(|_| ((rng.next() + 1.0) * 127.9) as u8)
            .collect();
        let floats: Vec<f32> = bytes.iter().map(|&v| f32::from(v)).collect();
        for case in 0..100 {
            let scale = 0.5 + (rng.next() + 1.0);
            let angle = std::f32::consts::PI * rng.next();
            let (a1, b1) = (scale * angle.cos(), scale * angle.sin());
            let (cx, cy) = (
                (rng.next() * 0.8 + 0.5) * w as f32,
                (rng.next() * 0.8 + 0.5) * h as f32,
            );
            let m = [a1, -b1, cx - 5.0 * a1, b1, a1, cy - 5.0 * a1].map(f64::from);
            let mut ours = vec![0.0f32; 11 * 11];
            warp_affine_bilinear(&bytes, (w, h), m, (11, 11), &mut ours);
            let theirs = opencv_warp(&floats, (w, h), m, (11, 11));
            let same = ours
                .iter()
                .zip(&theirs)
                .all(|(a, b)| a.to_bits() == b.to_bits());
            assert!(same, "case {case}");
        }
    }
}
