//! The real OpenBLAS, linked into the unit tests only, so the emulations in this layer can be
//! checked against the library they reproduce. OpenBLAS chooses its kernel when it loads, so a
//! test that needs the reference kernel runs itself again in a child process with
//! `OPENBLAS_CORETYPE=Haswell` ([`run_under_haswell`]).

use super::sgemm::GemmShape;
use std::ffi::{c_char, c_int, CStr};

#[link(name = "openblas")]
extern "C" {
    fn sgemm_(
        transa: *const c_char,
        transb: *const c_char,
        m: *const c_int,
        n: *const c_int,
        k: *const c_int,
        alpha: *const f32,
        a: *const f32,
        lda: *const c_int,
        b: *const f32,
        ldb: *const c_int,
        beta: *const f32,
        c: *mut f32,
        ldc: *const c_int,
    );
    #[allow(clippy::too_many_arguments)]
    fn cblas_sgemm(
        order: c_int,
        transa: c_int,
        transb: c_int,
        m: c_int,
        n: c_int,
        k: c_int,
        alpha: f32,
        a: *const f32,
        lda: c_int,
        b: *const f32,
        ldb: c_int,
        beta: f32,
        c: *mut f32,
        ldc: c_int,
    );
    fn sposv_(
        uplo: *const c_char,
        n: *const c_int,
        nrhs: *const c_int,
        a: *mut f32,
        lda: *const c_int,
        b: *mut f32,
        ldb: *const c_int,
        info: *mut c_int,
        uplo_len: usize,
    );
    fn openblas_set_num_threads(n: c_int);
    fn openblas_get_corename() -> *const c_char;
}

const ROW_MAJOR: c_int = 101;
const NO_TRANS: c_int = 111;

fn int(v: usize) -> c_int {
    c_int::try_from(v).expect("dimension fits a C int")
}

/// The real library's `sgemm_('N', 'N', …)` with alpha 1.
pub(crate) fn sgemm_nn(s: GemmShape, a: &[f32], b: &[f32], beta: f32, c: &mut [f32]) {
    s.check(a.len(), b.len(), c.len());
    let (m, n, k) = (int(s.m), int(s.n), int(s.k));
    let (lda, ldb, ldc) = (int(s.lda.max(1)), int(s.ldb.max(1)), int(s.ldc.max(1)));
    let alpha = 1.0f32;
    // SAFETY: the shape check above guarantees every slice covers its matrix.
    unsafe {
        sgemm_(
            c"N".as_ptr(),
            c"N".as_ptr(),
            &m,
            &n,
            &k,
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
}

/// `cblas_sgemm(RowMajor, NoTrans, NoTrans, rows, cols, inner, 1, W, inner, X, cols,
/// beta, out, cols)` as OpenCV's `lapack_gemm` issues it.
#[allow(clippy::too_many_arguments)]
pub(crate) fn cblas_sgemm_row_major(
    w: &[f32],
    rows: usize,
    inner: usize,
    x: &[f32],
    cols: usize,
    beta: f32,
    out: &mut [f32],
) {
    assert!(w.len() >= rows * inner && x.len() >= inner * cols);
    assert!(out.len() >= rows * cols);
    // SAFETY: the asserts above cover every matrix.
    unsafe {
        cblas_sgemm(
            ROW_MAJOR,
            NO_TRANS,
            NO_TRANS,
            int(rows),
            int(cols),
            int(inner),
            1.0,
            w.as_ptr(),
            int(inner),
            x.as_ptr(),
            int(cols),
            beta,
            out.as_mut_ptr(),
            int(cols),
        )
    };
}

/// Whether the calling test should run its body here: true in a process whose OpenBLAS runs
/// the Haswell kernels on one thread. Otherwise runs the test `name` (its full path, e.g.
/// `numeric::x::tests::y`) in a child process with `OPENBLAS_CORETYPE=Haswell`, asserts it
/// passed, and returns false.
pub(crate) fn run_under_haswell(name: &str) -> bool {
    if std::env::var("OPENBLAS_CORETYPE").as_deref() == Ok("Haswell") {
        // SAFETY: plain calls into OpenBLAS's runtime configuration.
        let core = unsafe {
            openblas_set_num_threads(1);
            CStr::from_ptr(openblas_get_corename())
        };
        let core = core.to_string_lossy().to_lowercase();
        assert_eq!(core, "haswell", "OpenBLAS runs the {core} kernels");
        return true;
    }
    let out = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", name, "--nocapture"])
        .env("OPENBLAS_CORETYPE", "Haswell")
        .env("OPENBLAS_NUM_THREADS", "1")
        .output()
        .expect("run the test binary again");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("{stderr}");
    assert!(
        out.status.success() && stdout.contains("1 passed"),
        "child failed:\n{stdout}\n{stderr}"
    );
    false
}

/// LAPACK's `sposv_(uplo, n, nrhs, A, lda, B, ldb, info)` on dense column-major buffers
/// (`lda = ldb = n`); returns `info`.
pub(crate) fn sposv(
    uplo: &std::ffi::CStr,
    n: usize,
    nrhs: usize,
    a: &mut [f32],
    b: &mut [f32],
) -> i32 {
    assert!(a.len() >= n * n && b.len() >= n * nrhs);
    let (ni, nrhs_i) = (int(n), int(nrhs));
    let mut info: c_int = 0;
    // SAFETY: the asserts above cover both matrices; the trailing length is the Fortran
    // hidden length of `uplo` (one character).
    unsafe {
        sposv_(
            uplo.as_ptr(),
            &ni,
            &nrhs_i,
            a.as_mut_ptr(),
            &ni,
            b.as_mut_ptr(),
            &ni,
            &mut info,
            1,
        )
    };
    info
}
