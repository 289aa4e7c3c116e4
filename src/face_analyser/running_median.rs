//! Histogram running medians: OpenFace 2.2's `FaceAnalyser::UpdateRunningMedian`, the person
//! normalisation of the dynamic AU models.
//!
//! Each descriptor dimension has a histogram over `[min, max]`. A value goes to bin
//! `trunc(clamp(v·α + β, 0, bins − 1))` with OpenCV's folded constants `α = bins · (1/length)`
//! and `β = (−min · bins) · (1/length)` (OpenCV evaluates `(d − min)·bins/length` as one
//! scaled `convertTo`, fused multiply-add in its AVX2 kernel). The median of a dimension is the
//! first bin whose cumulative count reaches `(count + 1) / 2` (integer division), reported at
//! the bin's centre `(min + j·(length/bins)) + (0.5·length)/bins`; while the count is exactly
//! 1 the median is the descriptor passed in (even if it was not added). The median is
//! re-extracted on every call, whether or not the descriptor was added.
//!
//! [`NaiveRunningMedian`] is the plain port (scans every bin of every dimension) and serves as
//! the oracle; [`RunningMedian`] gives bit-identical results by tracking each dimension's
//! median bin and the cumulative count up to it, moving it by a few bins per update.

/// Histogram range and resolution.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HistogramSpec {
    pub bins: usize,
    pub min: f64,
    pub max: f64,
}

/// HOG histograms of OpenFace's `FaceAnalyser` constructor: 1000 bins over [−0.005, 1].
pub const HOG_HISTOGRAM: HistogramSpec = HistogramSpec {
    bins: 1000,
    min: -0.005,
    max: 1.0,
};

/// Geometry histograms of OpenFace's `FaceAnalyser` constructor: 10000 bins over [−60, 60].
pub const GEOM_HISTOGRAM: HistogramSpec = HistogramSpec {
    bins: 10000,
    min: -60.0,
    max: 60.0,
};

impl HistogramSpec {
    fn length(&self) -> f64 {
        (self.max - self.min).abs()
    }

    /// OpenCV's folded `(d − min)·bins/length`: scale and offset.
    fn scale_offset(&self) -> (f64, f64) {
        let inv_len = 1.0 / self.length();
        let bins = self.bins as f64;
        (bins * inv_len, (-self.min * bins) * inv_len)
    }

    /// Centre of every bin, as `UpdateRunningMedian` computes it.
    fn centres(&self) -> Vec<f64> {
        let len = self.length();
        let bins = self.bins as f64;
        (0..self.bins)
            .map(|j| (self.min + (j as f64) * (len / bins)) + (0.5 * len) / bins)
            .collect()
    }
}

/// Bin of one value: scaled with a fused multiply-add, clamped to `[0, bins − 1]`, truncated.
#[inline(always)]
fn bin_of(v: f64, scale: f64, offset: f64, top: f64) -> usize {
    let mut c = v.mul_add(scale, offset);
    if c > top {
        c = top;
    }
    if c < 0.0 {
        c = 0.0;
    }
    c as usize
}

/// Bins of a whole descriptor into `out`. Uses the FMA instruction (vectorised) at the AVX2 +
/// FMA [`crate::numeric::cpu::CpuLevel`]; otherwise `f64::mul_add` (correctly rounded in software): identical results.
fn bins_of(descriptor: &[f64], scale: f64, offset: f64, top: f64, out: &mut [u32]) {
    #[cfg(target_arch = "x86_64")]
    if crate::numeric::cpu::CpuLevel::get().vector() {
        // SAFETY: the CPU supports FMA (the AVX2 + FMA level implies it).
        unsafe { bins_of_fma(descriptor, scale, offset, top, out) };
        return;
    }
    for (o, &v) in out.iter_mut().zip(descriptor) {
        *o = bin_of(v, scale, offset, top) as u32;
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "fma")]
unsafe fn bins_of_fma(descriptor: &[f64], scale: f64, offset: f64, top: f64, out: &mut [u32]) {
    for (o, &v) in out.iter_mut().zip(descriptor) {
        *o = bin_of(v, scale, offset, top) as u32;
    }
}

/// OpenFace's `cutoff_point = (hist_count + 1) / 2` (integer division).
#[inline]
fn median_cutoff(count: u32) -> u32 {
    count.div_ceil(2)
}

/// Hints the CPU to fetch the cache line at `p` (no-op off x86-64).
#[inline(always)]
fn prefetch(p: *const u32) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching is a hint; it never faults, whatever the address.
    unsafe {
        std::arch::x86_64::_mm_prefetch(p as *const i8, std::arch::x86_64::_MM_HINT_T0)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// The plain port of `UpdateRunningMedian`: a `dims × bins` histogram, the median found by a
/// cumulative scan of every dimension on every call. The oracle for [`RunningMedian`].
#[derive(Clone, Debug)]
pub struct NaiveRunningMedian {
    spec: HistogramSpec,
    dims: usize,
    /// Empty until the first call (OpenFace allocates on first use).
    hist: Vec<u32>,
    count: u32,
    centres: Vec<f64>,
}

impl NaiveRunningMedian {
    /// A histogram for `dims`-dimensional descriptors.
    pub fn new(spec: HistogramSpec, dims: usize) -> Self {
        NaiveRunningMedian {
            spec,
            dims,
            hist: Vec::new(),
            count: 0,
            centres: spec.centres(),
        }
    }

    /// Descriptors added so far (`hist_count`).
    pub fn count(&self) -> u32 {
        self.count
    }

    /// One call of `UpdateRunningMedian`: adds `descriptor` when `add`, then writes the median
    /// into `median`.
    ///
    /// # Panics
    /// If `descriptor` or `median` is not `dims` long (a programming error of the caller).
    pub fn update(&mut self, descriptor: &[f64], add: bool, median: &mut [f64]) {
        assert_eq!(descriptor.len(), self.dims, "descriptor length");
        assert_eq!(median.len(), self.dims, "median length");
        let bins = self.spec.bins;
        if self.hist.is_empty() {
            self.hist = vec![0; self.dims * bins]; // once per video
        }
        if add {
            let (scale, offset) = self.spec.scale_offset();
            let top = (bins - 1) as f64;
            for (i, &v) in descriptor.iter().enumerate() {
                self.hist[i * bins + bin_of(v, scale, offset, top)] += 1;
            }
            self.count += 1;
        }
        if self.count == 1 {
            median.copy_from_slice(descriptor);
            return;
        }
        let cutoff = median_cutoff(self.count);
        for (i, m) in median.iter_mut().enumerate() {
            let row = &self.hist[i * bins..(i + 1) * bins];
            let mut cumulative = 0u32;
            for (j, &h) in row.iter().enumerate() {
                cumulative += h;
                if cumulative >= cutoff {
                    *m = self.centres[j];
                    break;
                }
            }
        }
    }
}

/// `UpdateRunningMedian` with incremental median tracking: per dimension the current median
/// bin and the cumulative count up to and including it. Adding a value moves the median by
/// the few bins the new count requires, so an update costs O(dims) instead of O(dims·bins).
/// Results are bit-identical to [`NaiveRunningMedian`].
#[derive(Clone, Debug)]
pub struct RunningMedian {
    spec: HistogramSpec,
    dims: usize,
    /// The counts in blocks of [`BLOCK_BINS`] bins: block-major, then dimension, then bin
    /// ([`RunningMedian::at`]); empty until the first call. Allocated zeroed, so the pages
    /// of blocks no value reaches are never touched and take no memory: HOG values stay below
    /// 0.25, so of the HOG histogram's 17.9 MB only the first block's 4.6 MB is resident.
    hist: Vec<u32>,
    count: u32,
    /// Per dimension: the first bin whose cumulative count reaches `(count + 1) / 2`.
    median_bin: Vec<u32>,
    /// Per dimension: cumulative count up to and including `median_bin`.
    cumulative: Vec<u32>,
    centres: Vec<f64>,
    scale: f64,
    offset: f64,
    /// Bins of the descriptor being added (work buffer).
    bins_buf: Vec<u32>,
}

/// Bins per block of [`RunningMedian`]'s counts (1 kB per dimension).
const BLOCK_BINS: usize = 256;

impl RunningMedian {
    /// The index of dimension `i`'s bin `b` in `hist`.
    #[inline(always)]
    fn at(&self, i: usize, b: usize) -> usize {
        (b / BLOCK_BINS) * self.dims * BLOCK_BINS + i * BLOCK_BINS + b % BLOCK_BINS
    }

    /// A histogram for `dims`-dimensional descriptors.
    pub fn new(spec: HistogramSpec, dims: usize) -> Self {
        let (scale, offset) = spec.scale_offset();
        RunningMedian {
            spec,
            dims,
            hist: Vec::new(),
            count: 0,
            median_bin: Vec::new(),
            cumulative: Vec::new(),
            centres: spec.centres(),
            scale,
            offset,
            bins_buf: vec![0; dims],
        }
    }

    /// Descriptors added so far (`hist_count`).
    pub fn count(&self) -> u32 {
        self.count
    }

    /// Descriptor length.
    pub fn dims(&self) -> usize {
        self.dims
    }

    /// One call of `UpdateRunningMedian`: adds `descriptor` when `add`, then writes the median
    /// into `median` (the descriptor itself while the count is 1).
    ///
    /// # Panics
    /// If `descriptor` or `median` is not `dims` long (a programming error of the caller).
    pub fn update(&mut self, descriptor: &[f64], add: bool, median: &mut [f64]) {
        assert_eq!(descriptor.len(), self.dims, "descriptor length");
        assert_eq!(median.len(), self.dims, "median length");
        let bins = self.spec.bins;
        if self.hist.is_empty() {
            // Once per video. With no counts the first bin satisfies a cutoff of 0.
            self.hist = vec![0; bins.div_ceil(BLOCK_BINS) * BLOCK_BINS * self.dims];
            self.median_bin = vec![0; self.dims];
            self.cumulative = vec![0; self.dims];
        }
        if add {
            self.count += 1;
            let cutoff = median_cutoff(self.count);
            let top = (bins - 1) as f64;
            bins_of(descriptor, self.scale, self.offset, top, &mut self.bins_buf);
            // Each dimension touches its own row (1 kB apart): fetch a few rows ahead so the
            // cache misses overlap.
            const AHEAD: usize = 48;
            for i in 0..self.dims {
                if let Some(&b_ahead) = self.bins_buf.get(i + AHEAD) {
                    prefetch(self.hist[self.at(i + AHEAD, b_ahead as usize)..].as_ptr());
                }
                let b = self.bins_buf[i] as usize;
                let at_b = self.at(i, b);
                self.hist[at_b] += 1;
                let mut mb = self.median_bin[i] as usize;
                let mut cum = self.cumulative[i];
                if b <= mb {
                    cum += 1;
                }
                // Move right until the cumulative count reaches the cutoff...
                while cum < cutoff {
                    mb += 1;
                    cum += self.hist[self.at(i, mb)];
                }
                // ...and left while the previous bin's cumulative count still does.
                while mb > 0 && cum - self.hist[self.at(i, mb)] >= cutoff {
                    cum -= self.hist[self.at(i, mb)];
                    mb -= 1;
                }
                self.median_bin[i] = mb as u32;
                self.cumulative[i] = cum;
            }
        }
        if self.count == 1 {
            median.copy_from_slice(descriptor);
        } else {
            for (o, &mb) in median.iter_mut().zip(&self.median_bin) {
                *o = self.centres[mb as usize];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Small deterministic generator (xorshift64*), so the test needs no dependency.
    struct Rng(u64);
    impl Rng {
        fn next_f64(&mut self) -> f64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
        }
    }

    fn run_both(spec: HistogramSpec, dims: usize, frames: &[(Vec<f64>, bool)]) {
        let mut fast = RunningMedian::new(spec, dims);
        let mut naive = NaiveRunningMedian::new(spec, dims);
        let mut mf = vec![0.0; dims];
        let mut mn = vec![0.0; dims];
        for (t, (d, add)) in frames.iter().enumerate() {
            fast.update(d, *add, &mut mf);
            naive.update(d, *add, &mut mn);
            assert_eq!(fast.count(), naive.count());
            for i in 0..dims {
                assert_eq!(
                    mf[i].to_bits(),
                    mn[i].to_bits(),
                    "call {t}, dim {i}: fast {} naive {}",
                    mf[i],
                    mn[i]
                );
            }
        }
    }

    #[test]
    fn fast_equals_naive_on_random_data_with_skips_and_outliers() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let dims = 40;
        let frames: Vec<(Vec<f64>, bool)> = (0..600)
            .map(|t| {
                let d = (0..dims)
                    .map(|i| match i % 4 {
                        // narrow cluster, wide spread, out of range both sides, exact zeros
                        0 => 0.1 + 0.01 * rng.next_f64(),
                        1 => rng.next_f64(),
                        2 => 3.0 * rng.next_f64() - 1.5,
                        _ => {
                            if rng.next_f64() < 0.5 {
                                0.0
                            } else {
                                0.3
                            }
                        }
                    })
                    .collect();
                // The first call not added (count 0 path), then every 5th skipped.
                (d, t != 0 && t % 5 != 3)
            })
            .collect();
        run_both(HOG_HISTOGRAM, dims, &frames);
        let geom: Vec<(Vec<f64>, bool)> = frames
            .iter()
            .map(|(d, a)| (d.iter().map(|v| 100.0 * v - 20.0).collect(), *a))
            .collect();
        run_both(GEOM_HISTOGRAM, dims, &geom);
    }

    #[test]
    fn first_calls_follow_openface() {
        let spec = HOG_HISTOGRAM;
        let mut m = RunningMedian::new(spec, 2);
        let mut med = [9.0, 9.0];
        // Nothing added yet: cutoff (0 + 1) / 2 = 0 is met by the first bin.
        m.update(&[0.5, 0.7], false, &mut med);
        let first_centre = (spec.min + 0.0) + (0.5 * spec.length()) / spec.bins as f64;
        assert_eq!(med, [first_centre, first_centre]);
        // One added: the median is the descriptor passed in...
        m.update(&[0.2, 0.3], true, &mut med);
        assert_eq!(med, [0.2, 0.3]);
        // ...even when that descriptor is not added.
        m.update(&[0.4, 0.1], false, &mut med);
        assert_eq!(med, [0.4, 0.1]);
        // Two added: cutoff (2 + 1) / 2 = 1, the lower of the two bins.
        m.update(&[0.6, 0.05], true, &mut med);
        let centres = spec.centres();
        let (s, o) = spec.scale_offset();
        let top = (spec.bins - 1) as f64;
        assert_eq!(med[0], centres[bin_of(0.2, s, o, top)]);
        assert_eq!(med[1], centres[bin_of(0.05, s, o, top)]);
    }

    #[test]
    fn hog_bins_match_openfaces_formula() {
        let (s, o) = HOG_HISTOGRAM.scale_offset();
        let top = 999.0;
        assert_eq!(bin_of(0.0, s, o, top), 4); // 0.005·1000/1.005 = 4.975
        assert_eq!(bin_of(-1.0, s, o, top), 0);
        assert_eq!(bin_of(2.0, s, o, top), 999);
        assert_eq!(bin_of(1.0, s, o, top), 999);
    }
}
