//! One video over several cores: the frames are cut into consecutive chunks that are tracked
//! at the same time, then the back end runs once over the whole video in frame order.
//!
//! Tracking is what costs (about 85% of a frame) and what is sequential: each frame starts from
//! the previous frame's fit. Here chunk `k` gets its own [`FaceTracker`], which starts
//! `warmup_frames` before the chunk's first frame (detecting the face from scratch, as
//! `FeatureExtraction` does at a video's start); the chunk before it goes on tracking
//! `overlap_frames` past its end, and those frames replace the new tracker's first ones, so a
//! warm-up that went wrong (a poor first fit) is covered. Each chunk's reader decodes the video
//! from its start and tracks only from its warm-up on (decoding is about 5% of a frame at
//! 640×480).
//!
//! The back end is the sequential run's ([`super::run_back_end`]) fed with the chunks' results:
//! one set of running medians (the person's calibration) over every frame in order, the same
//! AU models and the offline post-processing over the whole video. So the only difference from
//! [`super::extract_video`] is the tracker's state after each handover: the first chunk and the
//! overlaps are identical; a restarted tracker stays within hundredths of a pixel of the
//! sequential one but does not return to its exact numbers (`docs/parity.md` gives the
//! measured difference).

use super::{run_back_end, ExtractOptions, ExtractSummary, FaceObservation, Frame, VideoReader};
use crate::error::{Error, Result};
use crate::landmarks::front_end::FrontEnd;
use crate::landmarks::tracking::FaceTracker;
use crate::model::pose::CameraIntrinsics;
use crate::pipeline::BackEnd;
use rayon::prelude::*;
use std::path::Path;

/// How [`extract_video_split`] cuts a video.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SplitOptions {
    /// Chunks tracked at the same time (at least 2 to split at all).
    pub chunks: usize,
    /// Frames tracked and discarded before each chunk after the first.
    pub warmup_frames: u64,
    /// Frames each chunk but the last goes on tracking past its end; they replace the next
    /// chunk's first frames (module docs).
    pub overlap_frames: u64,
}

impl SplitOptions {
    /// Warm-up long enough for the fit to settle after a detection (measured on the public
    /// videos: `docs/parity.md`).
    pub const DEFAULT_WARMUP_FRAMES: u64 = 20;
    /// Long enough to cover a warm-up that went wrong (measured: `docs/parity.md`).
    pub const DEFAULT_OVERLAP_FRAMES: u64 = 50;

    /// The first frame number (1-based) of each chunk of a video of about `frames` frames,
    /// as equal as whole frames allow; empty when the video is too short for `chunks`
    /// chunks, each at least as long as the warm-up.
    pub fn chunk_starts(&self, frames: u64) -> Vec<u64> {
        let chunks = self.chunks as u64;
        if chunks < 2 || frames < chunks * self.warmup_frames.max(1) {
            return Vec::new();
        }
        (0..chunks).map(|k| 1 + k * frames / chunks).collect()
    }
}

/// Frames of one chunk: `start..end` (1-based; `end` `None` for the video's end), tracked
/// from `warm_start` on.
#[derive(Clone, Copy, Debug)]
struct ChunkRange {
    warm_start: u64,
    start: u64,
    end: Option<u64>,
    /// Where the tracking past `end` stops (exclusive).
    overlap_end: Option<u64>,
}

/// What one chunk's tracker saw: its own frames, then its frames past the chunk's end, and
/// the tracker as it was after the last of them.
struct TrackedChunk<'f> {
    own: Vec<(u64, FaceObservation)>,
    past_end: Vec<(u64, FaceObservation)>,
    tracker: FaceTracker<'f>,
}

/// Tracks `range` with `tracker` (a fresh one, or one carried over from the previous chunk),
/// decoding the video from its start.
fn track_chunk<'f>(
    front_end: &'f FrontEnd,
    input: &Path,
    options: &ExtractOptions,
    camera: &CameraIntrinsics,
    range: ChunkRange,
    mut tracker: FaceTracker<'f>,
) -> Result<TrackedChunk<'f>> {
    let mut reader = VideoReader::open(input)?;
    reader.skip_unreadable_images(options.skip_unreadable_images);
    let mut frame = Frame::default();
    let mut own = Vec::new();
    let mut past_end = Vec::new();
    let stop = range.overlap_end.or(range.end);
    loop {
        if options.cancel.is_cancelled() {
            return Err(Error::Interrupted);
        }
        // A damaged stream ends the chunk here; the back end's own reader meets the same
        // damage and reports it.
        match reader.next_frame(&mut frame) {
            Ok(true) => {}
            Ok(false) | Err(_) => break,
        }
        if stop.is_some_and(|stop| frame.number >= stop) {
            break;
        }
        if frame.number < range.warm_start {
            continue;
        }
        let observation = if frame.image.data().is_empty() {
            FaceObservation::unreadable(front_end.clnf.main.pdm.num_points())
        } else {
            let tracked = tracker.track(&frame.image)?;
            FaceObservation::from_tracked(front_end, tracked, camera)?
        };
        if range.end.is_some_and(|end| frame.number >= end) {
            past_end.push((frame.number, observation));
        } else if frame.number >= range.start {
            own.push((frame.number, observation));
        }
    }
    Ok(TrackedChunk {
        own,
        past_end,
        tracker,
    })
}

/// Mean landmark distance, pixels, within which a restarted tracker is taken to have joined
/// the carried-over one (typically they differ by hundredths of a pixel; a restart that locked
/// onto another fit is pixels away).
const AGREEMENT_PX: f64 = 0.1;

/// Whether two observations of one frame agree: the same success, landmarks within
/// [`AGREEMENT_PX`] on average.
fn agree(a: &FaceObservation, b: &FaceObservation) -> bool {
    let (pa, pb) = (a.landmarks.as_slice(), b.landmarks.as_slice());
    if a.success != b.success || pa.len() != pb.len() {
        return false;
    }
    let points = pa.len() / 2;
    if points == 0 {
        return true;
    }
    let total: f64 = (0..points)
        .map(|i| {
            let dx = f64::from(pa[i] - pb[i]);
            let dy = f64::from(pa[points + i] - pb[points + i]);
            dx.hypot(dy)
        })
        .sum();
    total / points as f64 <= AGREEMENT_PX
}

/// [`super::extract_video`] with the tracking cut into `split.chunks` chunks tracked in
/// parallel on the current rayon pool (module docs). A video too short to split (see
/// [`SplitOptions::chunk_starts`]; the container's frame count is the estimate) runs
/// sequentially, with the same output as [`super::extract_video`].
///
/// # Errors
/// As [`super::extract_video`].
pub fn extract_video_split(
    backend: &BackEnd,
    front_end: &FrontEnd,
    input: &Path,
    output: &Path,
    options: &ExtractOptions,
    split: SplitOptions,
    on_frame: impl FnMut(u64),
) -> Result<ExtractSummary> {
    let reader = VideoReader::open(input)?;
    let starts = split.chunk_starts(reader.frame_count_hint());
    if starts.is_empty() {
        return super::extract_video(backend, front_end, input, output, options, on_frame);
    }
    let (width, height) = reader.size();
    drop(reader);
    let camera = options
        .camera
        .unwrap_or_else(|| CameraIntrinsics::openface_default(width, height));
    let ranges: Vec<ChunkRange> = starts
        .iter()
        .enumerate()
        .map(|(k, &start)| {
            let end = starts.get(k + 1).copied();
            ChunkRange {
                warm_start: if k == 0 {
                    start
                } else {
                    start.saturating_sub(split.warmup_frames).max(1)
                },
                start,
                end,
                overlap_end: end.map(|end| end + split.overlap_frames),
            }
        })
        .collect();
    let mut chunks = ranges
        .par_iter()
        .map(|&range| {
            let tracker = FaceTracker::new(front_end);
            track_chunk(front_end, input, options, &camera, range, tracker)
        })
        .collect::<Result<Vec<_>>>()?;
    // Each chunk's first frames come from the previous chunk's tracker, which went on past its
    // chunk's end. Where the chunk's own tracker has not joined it by the overlap's last frame
    // (a restart that locked onto another fit), the chunk is tracked again, sequentially, by
    // the carried-over tracker.
    let last = chunks
        .iter()
        .flat_map(|c| c.own.iter().chain(&c.past_end))
        .map(|(n, _)| *n)
        .max()
        .unwrap_or(0);
    let mut observations: Vec<Option<FaceObservation>> = vec![None; last as usize];
    for k in 0..chunks.len() {
        if k > 0 {
            let carried = &chunks[k - 1].past_end;
            let joined = carried.last().is_none_or(|(number, earlier)| {
                chunks[k]
                    .own
                    .iter()
                    .find(|(n, _)| n == number)
                    .is_none_or(|(_, own)| agree(earlier, own))
            });
            if !joined {
                let resume = carried.last().map_or(ranges[k].start, |(n, _)| n + 1);
                let range = ChunkRange {
                    warm_start: resume,
                    ..ranges[k]
                };
                let tracker = chunks[k - 1].tracker.clone();
                chunks[k] = track_chunk(front_end, input, options, &camera, range, tracker)?;
            }
        }
        let previous = k.checked_sub(1).map(|p| &chunks[p].past_end);
        for (number, observation) in chunks[k].own.iter().chain(previous.into_iter().flatten()) {
            let index = number
                .checked_sub(1)
                .ok_or_else(|| Error::Invalid("a decoded frame numbered 0".into()))?;
            observations[index as usize] = Some(observation.clone());
        }
    }
    // A chunk that ended early (damage) leaves the frames after it unobserved; the back end
    // stops at the same damage, so every frame it reads has an observation.
    let observe = |frame: &Frame, _: &CameraIntrinsics| {
        let index = frame.number.checked_sub(1).map(|i| i as usize);
        index
            .and_then(|i| observations.get_mut(i))
            .and_then(Option::take)
            .map(Some)
            .ok_or_else(|| {
                Error::Invalid(format!(
                    "split tracking has no observation for frame {} of {}",
                    frame.number,
                    input.display()
                ))
            })
    };
    run_back_end(
        backend,
        input,
        output,
        options,
        0,
        observe,
        |_| Ok(()),
        on_frame,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_cover_the_video_in_equal_parts() {
        let split = SplitOptions {
            chunks: 4,
            warmup_frames: 50,
            overlap_frames: 50,
        };
        assert_eq!(split.chunk_starts(842), vec![1, 211, 422, 632]);
        assert_eq!(split.chunk_starts(200), vec![1, 51, 101, 151]);
        // Too short for four chunks of at least the warm-up: no split.
        assert!(split.chunk_starts(199).is_empty());
        let one = SplitOptions {
            chunks: 1,
            warmup_frames: 50,
            overlap_frames: 50,
        };
        assert!(one.chunk_starts(10_000).is_empty());
    }
}
