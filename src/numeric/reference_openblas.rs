//! The real OpenBLAS, linked into the unit tests only, so the emulations in this layer can be
//! checked against the library they reproduce. OpenBLAS chooses its kernel when it loads, so a
//! test that needs the reference kernel runs itself again in a child process with
//! `OPENBLAS_CORETYPE=Haswell` ([`run_under_haswell`]).

use std::ffi::{c_char, c_int};

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
    fn openblas_set_num_threads(num_threads: i32);
    fn openblas_get_corename() -> *const c_char;
}

/// `C = A·B + β·C`, dense column-major (`a`: `m × k`, `b`: `k × n`, `c`: `m × n`), through
/// OpenBLAS's Fortran `sgemm_` on one thread.
pub(crate) fn sgemm_nn(
    m: usize,
    n: usize,
    k: usize,
    a: &[f32],
    b: &[f32],
    beta: f32,
    c: &mut [f32],
) {
    assert!(a.len() >= m * k && b.len() >= k * n && c.len() >= m * n);
    let (mi, ni, ki) = (m as i32, n as i32, k as i32);
    let alpha = 1.0f32;
    // SAFETY: the slices hold the dense shapes passed (asserted above); OpenBLAS writes only
    // the `m × n` entries of `c`.
    unsafe {
        openblas_set_num_threads(1);
        sgemm_(
            b"N".as_ptr().cast(),
            b"N".as_ptr().cast(),
            &mi,
            &ni,
            &ki,
            &alpha,
            a.as_ptr(),
            &mi,
            b.as_ptr(),
            &ki,
            &beta,
            c.as_mut_ptr(),
            &mi,
        )
    };
}

/// The kernel family OpenBLAS chose (e.g. `Haswell`).
pub(crate) fn core_name() -> String {
    // SAFETY: OpenBLAS returns a pointer to a static NUL-terminated string.
    let name = unsafe { std::ffi::CStr::from_ptr(openblas_get_corename()) };
    name.to_string_lossy().into_owned()
}

/// Whether the calling test should run its body here: true in a process whose OpenBLAS runs
/// the Haswell kernel. Otherwise runs the test `path` (e.g. `numeric::x::tests::y`) in a
/// child process with `OPENBLAS_CORETYPE=Haswell`, asserts it passed, and returns false.
pub(crate) fn run_under_haswell(path: &str) -> bool {
    if std::env::var("OPENBLAS_CORETYPE").as_deref() == Ok("Haswell") {
        assert_eq!(core_name().to_lowercase(), "haswell");
        return true;
    }
    let out = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", path, "--nocapture"])
        .env("OPENBLAS_CORETYPE", "Haswell")
        .output()
        .expect("run the test binary again");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stdout.contains("1 passed"),
        "child failed:\n{stdout}\n{stderr}"
    );
    false
}
