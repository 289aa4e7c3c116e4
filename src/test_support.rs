//! Deterministic inputs for the unit tests (compiled only for tests).

/// The shared folder (models and test data): `PYFACEAU_SHARED` when set, else `../shared`
/// beside the project, as the integration tests find it.
pub(crate) fn shared_dir() -> std::path::PathBuf {
    match std::env::var_os("PYFACEAU_SHARED") {
        Some(dir) => dir.into(),
        None => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"),
    }
}

/// A xorshift generator of test values in [−1, 1).
pub(crate) struct Rng(pub u64);

impl Rng {
    /// The next value.
    pub fn next(&mut self) -> f32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        ((self.0 >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
    }
}

/// `n` values of a linear congruential generator, in `[offset, offset + scale)`.
pub(crate) fn pseudo_random(n: usize, seed: u64, scale: f32, offset: f32) -> Vec<f32> {
    let mut s = seed;
    (0..n)
        .map(|_| {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((s >> 40) as f32 / (1u64 << 24) as f32) * scale + offset
        })
        .collect()
}
