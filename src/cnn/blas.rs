//! The crate's one binding to OpenBLAS (linked through `blas-src`): the Fortran `sgemm_` that
//! OpenFace calls for its convolutions and `PDM::CalcShape3D`, and OpenBLAS's thread and kernel
//! settings.

use crate::error::{Error, Result};

extern "C" {
    /// OpenBLAS's Fortran single-precision matrix product (column-major), as OpenFace calls it.
    fn sgemm_(
        transa: *const u8,
        transb: *const u8,
        m: *const i32,
        n: *const i32,
        k: *const i32,
        alpha: *const f32,
        a: *const f32,
        lda: *const i32,
        b: *const f32,
        ldb: *const i32,
        beta: *const f32,
        c: *mut f32,
        ldc: *const i32,
    );
}

#[cfg(not(target_os = "macos"))]
extern "C" {
    fn openblas_set_num_threads(num_threads: i32);
    fn openblas_get_corename() -> *const std::ffi::c_char;
}

/// The shape of a column-major product `C (m × n) = A (m × k) · B (k × n)` and the leading
/// dimensions (column strides) of the three matrices, as `sgemm_` takes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SgemmShape {
    pub m: usize,
    pub n: usize,
    pub k: usize,
    pub lda: usize,
    pub ldb: usize,
    pub ldc: usize,
}

impl SgemmShape {
    /// Dense operands: `lda = m`, `ldb = k`, `ldc = m`.
    pub fn dense(m: usize, n: usize, k: usize) -> Self {
        SgemmShape {
            m,
            n,
            k,
            lda: m,
            ldb: k,
            ldc: m,
        }
    }
}

/// `C = α·A·B + β·C` through OpenBLAS's `sgemm_('N', 'N', m, n, k, α, A, lda, B, ldb, β, C,
/// ldc)`, all column-major: each result is OpenBLAS's own sum (its kernel, its blocking), which
/// is how OpenFace's `sgemm_` calls round.
///
/// # Errors
/// [`Error::Invalid`] when a slice is smaller than its shape or a size exceeds BLAS's `int`.
pub fn sgemm_nn(
    shape: SgemmShape,
    alpha: f32,
    a: &[f32],
    b: &[f32],
    beta: f32,
    c: &mut [f32],
) -> Result<()> {
    let SgemmShape {
        m,
        n,
        k,
        lda,
        ldb,
        ldc,
    } = shape;
    // Elements a column-major `rows × cols` operand with column stride `ld` spans.
    let span = |rows: usize, cols: usize, ld: usize| {
        if rows == 0 || cols == 0 {
            Some(0)
        } else {
            ld.checked_mul(cols - 1)?.checked_add(rows)
        }
    };
    let fits = |rows: usize, cols: usize, ld: usize, len: usize| {
        ld >= rows.max(1) && span(rows, cols, ld).is_some_and(|s| s <= len)
    };
    if !fits(m, k, lda, a.len()) || !fits(k, n, ldb, b.len()) || !fits(m, n, ldc, c.len()) {
        return Err(Error::Invalid(format!(
            "sgemm {m}x{k} · {k}x{n} (lda {lda}, ldb {ldb}, ldc {ldc}) on {}, {} and {} values",
            a.len(),
            b.len(),
            c.len()
        )));
    }
    let int = |v: usize| {
        i32::try_from(v)
            .map_err(|_| Error::Invalid(format!("sgemm size {v} exceeds the BLAS index range")))
    };
    let (mi, ni, ki) = (int(m)?, int(n)?, int(k)?);
    let (lda, ldb, ldc) = (int(lda)?, int(ldb)?, int(ldc)?);
    // SAFETY: every operand holds the column-major shape passed with its leading dimension
    // (checked above); OpenBLAS reads `a` and `b` and writes only the `m × n` entries of `c`.
    unsafe {
        sgemm_(
            b"N".as_ptr(),
            b"N".as_ptr(),
            &mi,
            &ni,
            &ki,
            &alpha,
            a.as_ptr(),
            &lda,
            b.as_ptr(),
            &ldb,
            &beta,
            c.as_mut_ptr(),
            &ldc,
        )
    };
    Ok(())
}

/// Sets OpenBLAS to one thread for the whole process, as OpenFace's `CNN::Read` does
/// (`openblas_set_num_threads(1)`). OpenBLAS's threaded `sgemm` partitions the product into
/// other kernel tiles, which round some sums differently; with one thread (and the same kernel)
/// the MTCNN convolutions and the products OpenCV hands to BLAS are OpenFace's bit for bit. A
/// no-op where BLAS is not OpenBLAS (macOS).
pub fn use_single_threaded_blas() {
    // SAFETY: a plain setter of OpenBLAS's thread count; OpenBLAS is linked (`blas_src`).
    #[cfg(not(target_os = "macos"))]
    unsafe {
        openblas_set_num_threads(1)
    };
}

/// The name of the kernel OpenBLAS chose for this CPU (e.g. `Haswell`; `OPENBLAS_CORETYPE`
/// overrides it when the library loads); `None` where BLAS is not OpenBLAS (macOS).
pub fn openblas_core_name() -> Option<String> {
    #[cfg(not(target_os = "macos"))]
    {
        // SAFETY: OpenBLAS returns a pointer to a static NUL-terminated string.
        let name = unsafe { std::ffi::CStr::from_ptr(openblas_get_corename()) };
        Some(name.to_string_lossy().into_owned())
    }
    #[cfg(target_os = "macos")]
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strided_product_and_checks() {
        // A is 2×3 inside a column stride of 3, B is 3×1, C = 2·A·B + C.
        let a = [1.0, 2.0, 9.0, 3.0, 4.0, 9.0, 5.0, 6.0];
        let b = [1.0, 1.0, 1.0];
        let mut c = [1.0, 1.0];
        let shape = SgemmShape {
            lda: 3,
            ..SgemmShape::dense(2, 1, 3)
        };
        sgemm_nn(shape, 2.0, &a, &b, 1.0, &mut c).unwrap();
        assert_eq!(c, [19.0, 25.0]);
        assert!(sgemm_nn(shape, 1.0, &a[..7], &b, 0.0, &mut c).is_err());
        let bad_ld = SgemmShape {
            lda: 1,
            ..SgemmShape::dense(2, 1, 3)
        };
        assert!(sgemm_nn(bad_ld, 1.0, &a, &b, 0.0, &mut c).is_err());
    }
}
