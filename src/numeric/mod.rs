//! The numeric layer: every decision about rounding order lives here.
//!
//! OpenFace's numbers are the sums its libraries form: OpenBLAS's Haswell kernels, OpenCV's
//! own loops, glibc's transcendentals. Each routine here reproduces one of them in Rust, so the
//! result does not depend on the CPU, the linked BLAS or the platform's libm. Every vector
//! kernel has a portable twin with identical results; [`cpu`] picks one at run time.

pub mod cholesky_openblas;
pub mod cpu;
pub(crate) mod gauss_newton;
pub mod math;
pub(crate) mod openblas;
pub mod opencv;
#[cfg(all(test, target_os = "linux"))]
mod reference_openblas;
pub mod sgemm;
pub mod solve_pnp;
