//! OpenFace 2.2's offline AU post-processing on plain per-AU vectors (one value per frame):
//! the pieces of `FaceAnalyser::ExtractAllPredictionsOfflineReg` and
//! `ExtractAllPredictionsOfflineClass` that run after the re-prediction of the first frames.
//! [`crate::face_analyser::analyser::AuAnalyser::finish`] applies them in OpenFace's order.

/// Person calibration of a dynamic intensity AU: sorts the values of the successful frames and
/// returns the one at index `trunc(n · cutoff)`; 0 when no frame succeeded.
///
/// OpenFace indexes with `std::vector::at` and would abort on an index past the end (a cutoff
/// of 1 or more, or a negative one); here the index is clamped to the valid range.
pub fn calibration_offset(values: &[f64], successes: &[bool], cutoff: f64) -> f64 {
    let mut good: Vec<f64> = values
        .iter()
        .zip(successes)
        .filter(|(_, &ok)| ok)
        .map(|(&v, _)| v)
        .collect();
    if good.is_empty() {
        return 0.0;
    }
    good.sort_by(f64::total_cmp);
    let index = (good.len() as f64 * cutoff) as i64;
    good[index.clamp(0, good.len() as i64 - 1) as usize]
}

/// Subtracts `offset` from the successful frames and clips them to [0, 5]; failed frames
/// become 0 (the second loop of `ExtractAllPredictionsOfflineReg`).
pub fn shift_and_clip(values: &mut [f64], successes: &[bool], offset: f64) {
    for (v, &ok) in values.iter_mut().zip(successes) {
        *v = if ok {
            (*v - offset).clamp(0.0, 5.0)
        } else {
            0.0
        };
    }
}

/// 3-frame moving average of intensities: frames `1..n-1` become the mean of themselves and
/// their neighbours (summed left to right, divided by 3), computed from the unsmoothed
/// values; the first and last frame are unchanged.
pub fn smooth_intensities(values: &mut [f64]) {
    const WINDOW: usize = 3;
    moving_window(values, WINDOW, |sum| sum / WINDOW as f64);
}

/// 7-frame smoothing of presences: frames `3..n-3` become 1 when the mean of the 7 values
/// around them (from the unsmoothed values) is ≥ 0.5, else 0; the first and last 3 frames keep
/// their raw class values. Sequences of 3 frames or fewer are unchanged.
pub fn smooth_presences(values: &mut [f64]) {
    const WINDOW: usize = 7;
    moving_window(values, WINDOW, |sum| {
        if sum / (WINDOW as f64) < 0.5 {
            0.0
        } else {
            1.0
        }
    });
}

/// Replaces `values[i]` for `half <= i < n - half` by `f(Σ values[i-half..=i+half])` (the sum
/// starting from 0 and adding left to right, as OpenFace does), reading the original values.
fn moving_window(values: &mut [f64], window: usize, f: impl Fn(f64) -> f64) {
    let half = (window - 1) / 2;
    if values.len() <= 2 * half {
        return;
    }
    let original = values.to_vec(); // once per AU per video
    for (i, out) in values
        .iter_mut()
        .enumerate()
        .take(original.len() - half)
        .skip(half)
    {
        let sum = original[i - half..=i + half]
            .iter()
            .fold(0.0, |acc, &v| acc + v);
        *out = f(sum);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_indexes_the_sorted_successful_values() {
        let v = [5.0, 1.0, 100.0, 3.0, 2.0, 4.0];
        let ok = [true, true, false, true, true, true];
        // good = [1,2,3,4,5]; trunc(5·0.55) = 2 → 3.0
        assert_eq!(calibration_offset(&v, &ok, 0.55), 3.0);
        assert_eq!(calibration_offset(&v, &ok, 0.0), 1.0);
        assert_eq!(calibration_offset(&v, &ok, 1.0), 5.0); // clamped
        assert_eq!(calibration_offset(&v, &[false; 6], 0.5), 0.0);
    }

    #[test]
    fn shift_clips_and_zeroes_failures() {
        let mut v = [0.5, 7.0, 2.0, -3.0];
        shift_and_clip(&mut v, &[true, true, false, true], 1.0);
        assert_eq!(v, [0.0, 5.0, 0.0, 0.0]);
    }

    #[test]
    fn intensity_smoothing_keeps_the_ends() {
        let mut v = [3.0, 0.0, 3.0, 6.0];
        smooth_intensities(&mut v);
        assert_eq!(v, [3.0, 2.0, 3.0, 6.0]);
        let mut one = [1.0];
        smooth_intensities(&mut one);
        assert_eq!(one, [1.0]);
        let mut empty: [f64; 0] = [];
        smooth_intensities(&mut empty);
    }

    #[test]
    fn presence_smoothing_window_and_threshold() {
        // Raw values stay at the three frames of each end.
        let mut v = [1.0, 0.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 1.0];
        smooth_presences(&mut v);
        // i=3: 1+0+1+1+1+0+0 = 4/7 ≥ .5 → 1; i=4: 0+1+1+1+0+0+0 = 3/7 → 0;
        // i=5: 1+1+1+0+0+0+1 = 4/7 → 1
        assert_eq!(v, [1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0, 1.0]);
        let mut short = [1.0, 0.0, 1.0, 1.0, 0.0, 1.0];
        smooth_presences(&mut short);
        assert_eq!(short, [1.0, 0.0, 1.0, 1.0, 0.0, 1.0]);
    }
}
