//! The one CPU dispatch of the crate.
//!
//! Every kernel that has a vector version (AVX2 + FMA on x86-64, some also AVX-512F) asks
//! [`CpuLevel::get`] which to run. The level is detected once per process and can be lowered,
//! never raised, with the environment variable `PYFACEAU_CPU`:
//!
//! * `portable` — the plain Rust twins only (what runs on ARM and on x86-64 CPUs without AVX2
//!   or FMA);
//! * `avx2` — the AVX2 + FMA kernels when the CPU has both;
//! * `avx512` (or `native`, the default) — where the CPU also has AVX-512F, the kernels whose
//!   lanes are independent chains run on 16 lanes instead of 8 (CCNF neuron sums and `Σ`
//!   products, the 8-bit patch warp) or are compiled for AVX-512F (NU-RLMS's Cholesky
//!   solve); everything else as `avx2`.
//!
//! Every level gives bit-identical results: each vector kernel performs every element's
//! operations in the same order as its portable twin, and the tests check they agree.

use std::sync::OnceLock;

/// Which kernel set runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CpuLevel {
    /// Plain Rust: `mul_add` for fused operations (a single instruction where the target has
    /// FMA, an exact library call elsewhere).
    Portable,
    /// x86-64 AVX2 with FMA.
    Avx2Fma,
    /// x86-64 AVX2 with FMA, and AVX-512F for the kernels that have a 16-lane version.
    Avx512,
}

/// The environment variable that lowers the level.
pub const CPU_ENV: &str = "PYFACEAU_CPU";

impl CpuLevel {
    /// The level for this process: what the CPU supports, capped by `PYFACEAU_CPU`, detected on
    /// the first call. An unknown value of the variable keeps the detected level.
    pub fn get() -> CpuLevel {
        static LEVEL: OnceLock<CpuLevel> = OnceLock::new();
        *LEVEL.get_or_init(|| {
            let detected = CpuLevel::detected();
            let requested = std::env::var(CPU_ENV).ok();
            CpuLevel::capped(detected, requested.as_deref())
        })
    }

    /// The highest level this CPU supports.
    pub fn detected() -> CpuLevel {
        #[cfg(target_arch = "x86_64")]
        {
            if std::arch::is_x86_feature_detected!("avx2")
                && std::arch::is_x86_feature_detected!("fma")
            {
                if std::arch::is_x86_feature_detected!("avx512f") {
                    return CpuLevel::Avx512;
                }
                return CpuLevel::Avx2Fma;
            }
        }
        CpuLevel::Portable
    }

    /// `detected` lowered to what `request` (the value of `PYFACEAU_CPU`) asks for.
    pub fn capped(detected: CpuLevel, request: Option<&str>) -> CpuLevel {
        let wanted = match request.map(|r| r.trim().to_ascii_lowercase()).as_deref() {
            Some("portable") | Some("rust") | Some("none") => CpuLevel::Portable,
            Some("avx2") => CpuLevel::Avx2Fma,
            _ => detected,
        };
        wanted.min(detected)
    }

    /// Whether the AVX2 + FMA kernels run.
    pub fn vector(self) -> bool {
        self >= CpuLevel::Avx2Fma
    }

    /// Whether the 16-lane AVX-512 kernels run.
    pub fn wide(self) -> bool {
        self == CpuLevel::Avx512
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_lowers_never_raises() {
        use CpuLevel::*;
        assert_eq!(CpuLevel::capped(Avx2Fma, None), Avx2Fma);
        assert_eq!(CpuLevel::capped(Avx512, None), Avx512);
        assert_eq!(CpuLevel::capped(Avx512, Some("avx2")), Avx2Fma);
        assert_eq!(CpuLevel::capped(Avx512, Some("portable")), Portable);
        assert_eq!(CpuLevel::capped(Avx2Fma, Some("avx512")), Avx2Fma);
        assert!(Avx512.vector() && Avx512.wide() && Avx2Fma.vector() && !Avx2Fma.wide());
        assert_eq!(CpuLevel::capped(Avx2Fma, Some("portable")), Portable);
        assert_eq!(CpuLevel::capped(Avx2Fma, Some(" Portable ")), Portable);
        assert_eq!(CpuLevel::capped(Portable, Some("avx2")), Portable);
        assert_eq!(CpuLevel::capped(Portable, Some("bogus")), Portable);
    }
}
