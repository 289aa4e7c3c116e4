//! Every face of a video, each a person with the whole of `FeatureExtraction`'s treatment:
//! dynamic AU models, a running-median calibration of their own and the offline
//! post-processing over their own frames. Beyond OpenFace: its `FaceLandmarkVidMulti` tracks
//! up to four faces but numbers tracker slots, not people, and predicts static AUs only.
//!
//! Two passes over the video:
//! 1. **Tracking** ([`track_faces`]): OpenFace's multi-face tracking
//!    ([`MultiFaceTracker::with_max_faces`]: MTCNN on every 8th frame, IOU de-duplication, a
//!    CLNF slot per face that never re-detects on its own, freed after six failures in a row,
//!    overlap removal) without its cap of four faces. Each uninterrupted run of a slot is a
//!    [`Track`]; its rows are `FeatureExtraction`'s [`FaceObservation`]s. A track whose fit
//!    never passes the validator (a false detection) is dropped. Each track also gets an
//!    appearance: the mean FHOG descriptor of its aligned face (the descriptor the AU models
//!    read) over every [`APPEARANCE_SAMPLE_EVERY`]th successful frame, minus the AU models'
//!    population mean of that descriptor (so what all faces share does not count).
//! 2. **Identity** ([`assign_people`]): tracks in order of their first frame; a track is the
//!    person, among those out of view when it starts, whose appearance is nearest by cosine
//!    distance, when that distance is below [`REIDENTIFY_DISTANCE`] anywhere in the frame, or
//!    below [`REIDENTIFY_DISTANCE_IN_PLACE`] when the track starts where that person was last
//!    seen (centres less than [`IN_PLACE_SHIFT`] face widths apart, sizes within a factor
//!    1.5); otherwise a new person. People are numbered 0, 1, … in order of first
//!    appearance. Two tracks in view at the same time are never one person. The thresholds
//!    are measured (docs/parity.md, "Every face"): FHOG is a weak identity cue, so the rule
//!    prefers giving a returning person a new id to giving two people one.
//! 3. **Per person** (`FeatureExtraction`'s back end, the private `run_back_end`): the video is
//!    decoded again and each person's frames go through the stateless per-frame stages and
//!    the person's own [`AuAnalyser`](crate::face_analyser::analyser::AuAnalyser) (running
//!    medians, dynamic models) and offline post-processing, with `face_id` = the person. Only
//!    the frames where the person is tracked have rows (the post-processing sees those).
//!
//! The combined CSV has `FeatureExtraction`'s columns and a row per person per frame, ordered
//! by frame then person; [`PeopleOptions::csv_per_person`] writes one CSV per person instead.
//!
//! **One face**: when at most one person is found, the output is made by
//! [`super::extract_video`], i.e. exactly today's `FeatureExtraction` CSV. Its tracker differs
//! from the slots' (it re-detects a lost face on its own and keeps a row for every frame), so
//! the tracking pass is then spent and the video is run a second time.

use crate::error::{Error, InputDamage, Result};
use crate::io::temp_file::named_temp_in;
use crate::io::video::{Frame, VideoReader};
use crate::landmarks::front_end::FrontEnd;
use crate::landmarks::mtcnn::Rect;
use crate::model::pose::CameraIntrinsics;
use crate::pipeline::multi::MultiFaceTracker;
use crate::pipeline::{
    extract_video, run_back_end, AlignedFacesOutput, BackEnd, ExtractOptions, FaceObservation,
    FrameWorker,
};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

/// The appearance of a track is sampled on every this-many-th successful frame of it.
pub const APPEARANCE_SAMPLE_EVERY: usize = 4;

/// Cosine distance between (centred) mean FHOG appearances below which a new track is the
/// same person as one out of view, wherever it appears (measured: docs/parity.md).
pub const REIDENTIFY_DISTANCE: f64 = 0.2;
/// The same when the track starts where that person was last seen.
pub const REIDENTIFY_DISTANCE_IN_PLACE: f64 = 0.65;
/// "Where the person was last seen": box centres less than this many face widths apart.
pub const IN_PLACE_SHIFT: f64 = 1.0;

/// What `extract --faces all` does besides [`ExtractOptions`].
#[derive(Clone, Debug)]
pub struct PeopleOptions {
    /// At most this many faces tracked at once (`None`: no limit).
    pub max_faces: Option<usize>,
    /// One CSV per person (`STEM_personN.EXT` beside the output) instead of one combined CSV.
    pub csv_per_person: bool,
    /// See [`REIDENTIFY_DISTANCE`].
    pub reidentify_distance: f64,
    /// See [`REIDENTIFY_DISTANCE_IN_PLACE`].
    pub reidentify_distance_in_place: f64,
}

impl Default for PeopleOptions {
    fn default() -> Self {
        PeopleOptions {
            max_faces: None,
            csv_per_person: false,
            reidentify_distance: REIDENTIFY_DISTANCE,
            reidentify_distance_in_place: REIDENTIFY_DISTANCE_IN_PLACE,
        }
    }
}

/// One uninterrupted run of a tracker slot on one face.
#[derive(Clone, Debug)]
pub struct Track {
    /// The frame of its first row (1-based, as the CSV).
    pub first_frame: u64,
    /// The frame of its last row.
    pub last_frame: u64,
    /// `FeatureExtraction`'s observation per frame, in frame order.
    pub rows: Vec<(u64, FaceObservation)>,
    /// The face's box in its first and last frame (`CLNF::GetBoundingBox`).
    pub first_box: Rect,
    pub last_box: Rect,
    /// Mean FHOG descriptor sampled, minus the AU models' mean; `None` when no frame
    /// succeeded.
    pub appearance: Option<Vec<f64>>,
}

/// The tracking pass's result.
#[derive(Clone, Debug)]
pub struct TrackedFaces {
    /// Tracks in order of their first frame (then slot).
    pub tracks: Vec<Track>,
    /// Frames read.
    pub frames: u64,
    pub camera: CameraIntrinsics,
    /// Set when the video could not be read to its end.
    pub damage: Option<InputDamage>,
}

struct OpenTrack {
    track: Track,
    sum: Vec<f64>,
    samples: usize,
    successes: usize,
}

/// Pass 1: tracks every face through `input` and describes each track's appearance.
///
/// # Errors
/// A video that cannot be opened or has no frame, the CE-CLM model, or a failing stage.
pub fn track_faces(
    front_end: &FrontEnd,
    backend: &BackEnd,
    input: &Path,
    camera: Option<CameraIntrinsics>,
    max_faces: Option<usize>,
    options: &ExtractOptions,
    mut on_frame: impl FnMut(u64),
) -> Result<TrackedFaces> {
    let mut reader = VideoReader::open(input)?;
    reader.skip_unreadable_images(options.skip_unreadable_images);
    let (width, height) = reader.size();
    let camera = camera.unwrap_or_else(|| CameraIntrinsics::openface_default(width, height));
    let mut tracker = MultiFaceTracker::with_max_faces(front_end, max_faces.unwrap_or(usize::MAX))?;
    let mut worker = FrameWorker::new(backend);
    let mut open: HashMap<u64, OpenTrack> = HashMap::new();
    let mut done: Vec<(u64, OpenTrack)> = Vec::new();
    let mut frame = Frame::default();
    let mut damage = None;
    while reader.next_frame_or_damage(&mut frame, &mut damage)? {
        if options.cancel.is_cancelled() {
            return Err(Error::Interrupted);
        }
        on_frame(frame.number);
        // An unreadable image of a folder: no face in it.
        let rows = if frame.image.data().is_empty() {
            Vec::new()
        } else {
            tracker.track(&frame.image)?
        };
        let mut seen = Vec::with_capacity(rows.len());
        for row in rows {
            seen.push(row.track);
            let face_box = crate::landmarks::tracking::shape_box(front_end, &row.tracked.params);
            let observation = FaceObservation::from_tracked(front_end, row.tracked, &camera)?;
            let entry = open.entry(row.track).or_insert_with(|| OpenTrack {
                track: Track {
                    first_frame: frame.number,
                    last_frame: frame.number,
                    rows: Vec::new(),
                    first_box: face_box,
                    last_box: face_box,
                    appearance: None,
                },
                sum: Vec::new(),
                samples: 0,
                successes: 0,
            });
            if observation.success {
                if entry.successes.is_multiple_of(APPEARANCE_SAMPLE_EVERY) {
                    let result = worker.process(backend, &frame, &observation, &camera)?;
                    if result.fitted {
                        if entry.sum.is_empty() {
                            entry.sum = vec![0.0; result.hog.len()];
                        }
                        for (s, x) in entry.sum.iter_mut().zip(&result.hog) {
                            *s += x;
                        }
                        entry.samples += 1;
                    }
                }
                entry.successes += 1;
            }
            entry.track.last_frame = frame.number;
            entry.track.last_box = face_box;
            entry.track.rows.push((frame.number, observation));
        }
        // Tracks whose slot was freed or taken over are finished.
        let ended: Vec<u64> = open.keys().filter(|t| !seen.contains(t)).copied().collect();
        for t in ended {
            if let Some(track) = open.remove(&t) {
                done.push((t, track));
            }
        }
    }
    let frames = reader.frames_read();
    if frames == 0 {
        return Err(Error::Video {
            path: input.to_path_buf(),
            detail: "no frames".into(),
        });
    }
    done.extend(open.drain());
    done.sort_by_key(|(id, t)| (t.track.first_frame, *id));
    let population = backend.au_models.feature_means().unwrap_or(&[]);
    let tracks = done
        .into_iter()
        .filter(|(_, t)| t.successes > 0)
        .map(|(_, mut t)| {
            if t.samples > 0 {
                let n = t.samples as f64;
                let centre = |i: usize| {
                    if population.len() >= t.sum.len() {
                        population[i]
                    } else {
                        0.0
                    }
                };
                t.track.appearance = Some(
                    t.sum
                        .iter()
                        .enumerate()
                        .map(|(i, v)| v / n - centre(i))
                        .collect(),
                );
            }
            t.track
        })
        .collect();
    Ok(TrackedFaces {
        tracks,
        frames,
        camera,
        damage,
    })
}

/// `1 − cos(a, b)`; 1 for a zero vector or vectors of different lengths.
pub fn cosine_distance(a: &[f64], b: &[f64]) -> f64 {
    if a.len() != b.len() {
        return 1.0;
    }
    let dot: f64 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let na = a.iter().map(|x| x * x).sum::<f64>().sqrt();
    let nb = b.iter().map(|x| x * x).sum::<f64>().sqrt();
    if na == 0.0 || nb == 0.0 {
        return 1.0;
    }
    1.0 - dot / (na * nb)
}

/// What [`assign_people`] reads of a track.
#[derive(Clone, Debug)]
pub struct TrackSpan<'a> {
    pub first_frame: u64,
    pub last_frame: u64,
    pub first_box: Rect,
    pub last_box: Rect,
    pub appearance: Option<&'a [f64]>,
}

impl<'a> From<&'a Track> for TrackSpan<'a> {
    fn from(t: &'a Track) -> Self {
        TrackSpan {
            first_frame: t.first_frame,
            last_frame: t.last_frame,
            first_box: t.first_box,
            last_box: t.last_box,
            appearance: t.appearance.as_deref(),
        }
    }
}

/// Whether box `b` starts where `a` was: centres less than [`IN_PLACE_SHIFT`] widths of `a`
/// apart, widths within a factor 1.5.
pub fn same_place(a: &Rect, b: &Rect) -> bool {
    let (aw, bw) = (f64::from(a.width), f64::from(b.width));
    if aw <= 0.0 || bw <= 0.0 {
        return false;
    }
    let dx = f64::from(a.x + a.width / 2.0) - f64::from(b.x + b.width / 2.0);
    let dy = f64::from(a.y + a.height / 2.0) - f64::from(b.y + b.height / 2.0);
    (dx * dx + dy * dy).sqrt() < IN_PLACE_SHIFT * aw && bw / aw < 1.5 && aw / bw < 1.5
}

/// The person of each track (`spans` in order of first frame): the nearest, by cosine
/// distance of appearance, of the people not in view at the track's first frame, when nearer
/// than `max_distance`, or than `max_distance_in_place` when the track starts where that
/// person was last seen ([`same_place`]); else a new person. People are numbered in order of
/// first appearance. A track without an appearance is a new person.
pub fn assign_people(
    spans: &[TrackSpan],
    max_distance: f64,
    max_distance_in_place: f64,
) -> Vec<usize> {
    struct Person {
        last_frame: u64,
        last_box: Rect,
        sum: Vec<f64>,
        tracks: usize,
    }
    let mut people: Vec<Person> = Vec::new();
    let mut assigned = Vec::with_capacity(spans.len());
    for span in spans {
        let best = span.appearance.and_then(|a| {
            people
                .iter()
                .enumerate()
                .filter(|(_, p)| p.last_frame < span.first_frame && p.tracks > 0)
                .map(|(i, p)| {
                    let mean: Vec<f64> = p.sum.iter().map(|v| v / p.tracks as f64).collect();
                    (i, cosine_distance(a, &mean))
                })
                .min_by(|x, y| x.1.total_cmp(&y.1))
                .filter(|&(i, d)| {
                    d < max_distance
                        || (d < max_distance_in_place
                            && same_place(&people[i].last_box, &span.first_box))
                })
        });
        let person = match best {
            Some((i, _)) => i,
            None => {
                people.push(Person {
                    last_frame: 0,
                    last_box: span.last_box,
                    sum: Vec::new(),
                    tracks: 0,
                });
                people.len() - 1
            }
        };
        let p = &mut people[person];
        if span.last_frame >= p.last_frame {
            p.last_frame = span.last_frame;
            p.last_box = span.last_box;
        }
        if let Some(a) = span.appearance {
            if p.sum.is_empty() {
                p.sum = vec![0.0; a.len()];
            }
            if p.sum.len() == a.len() {
                for (s, x) in p.sum.iter_mut().zip(a) {
                    *s += x;
                }
                p.tracks += 1;
            }
        }
        assigned.push(person);
    }
    assigned
}

/// One person of a run.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonSummary {
    /// The CSV's `face_id`.
    pub id: usize,
    /// Tracks joined into this person (more than one: the person left and came back).
    pub tracks: usize,
    pub rows: usize,
    pub successful_rows: usize,
    pub first_frame: u64,
    pub last_frame: u64,
}

/// What [`extract_people`] did.
#[derive(Clone, Debug, PartialEq)]
pub struct PeopleSummary {
    /// Frames of the video.
    pub frames: u64,
    pub people: Vec<PersonSummary>,
    /// At most one person: the output is `FeatureExtraction`'s ([`extract_video`]).
    pub single_face: bool,
    /// The files written.
    pub outputs: Vec<PathBuf>,
    pub camera: CameraIntrinsics,
    pub damage: Option<InputDamage>,
}

/// `STEM_personN.EXT` beside `output` (a file or a folder).
pub fn person_path(output: &Path, person: usize) -> PathBuf {
    let stem = output
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = match output.extension() {
        Some(ext) => format!("{stem}_person{person}.{}", ext.to_string_lossy()),
        None => format!("{stem}_person{person}"),
    };
    output.with_file_name(name)
}

/// `options` with the HOG file and the aligned-face folder of `person` ([`person_path`]).
fn person_outputs(options: &ExtractOptions, person: usize) -> ExtractOptions {
    ExtractOptions {
        hog_output: options.hog_output.as_ref().map(|p| person_path(p, person)),
        aligned_faces: options.aligned_faces.as_ref().map(|a| AlignedFacesOutput {
            dir: person_path(&a.dir, person),
            ..a.clone()
        }),
        ..options.clone()
    }
}

/// Every face of `input` as a person (see the module's documentation): the tracking pass,
/// identities, then `FeatureExtraction`'s back end per person; the combined CSV at `output`
/// (or one per person). Must run inside the rayon pool that should do the work. The HOG file
/// and the aligned faces, when asked for, are written per person beside the paths given,
/// `_personN` added ([`person_path`]), for one person too; `options.tracked_video` is not
/// supported here.
///
/// # Errors
/// As [`extract_video`]; [`Error::Invalid`] for a tracked video.
pub fn extract_people(
    backend: &BackEnd,
    front_end: &FrontEnd,
    input: &Path,
    output: &Path,
    options: &ExtractOptions,
    people_options: &PeopleOptions,
    on_frame: impl FnMut(u64),
) -> Result<PeopleSummary> {
    if options.tracked_video.is_some() {
        return Err(Error::Invalid(
            "every face: no tracked video (the CSV, HOG files and aligned faces only)".into(),
        ));
    }
    let tracked = track_faces(
        front_end,
        backend,
        input,
        options.camera,
        people_options.max_faces,
        options,
        on_frame,
    )?;
    let spans: Vec<TrackSpan> = tracked.tracks.iter().map(TrackSpan::from).collect();
    let assigned = assign_people(
        &spans,
        people_options.reidentify_distance,
        people_options.reidentify_distance_in_place,
    );
    let n_people = assigned.iter().max().map_or(0, |m| m + 1);
    let mut people: Vec<PersonSummary> = (0..n_people)
        .map(|id| PersonSummary {
            id,
            tracks: 0,
            rows: 0,
            successful_rows: 0,
            first_frame: u64::MAX,
            last_frame: 0,
        })
        .collect();
    for (track, &p) in tracked.tracks.iter().zip(&assigned) {
        let s = &mut people[p];
        s.tracks += 1;
        s.rows += track.rows.len();
        s.successful_rows += track.rows.iter().filter(|(_, o)| o.success).count();
        s.first_frame = s.first_frame.min(track.first_frame);
        s.last_frame = s.last_frame.max(track.last_frame);
    }

    if n_people <= 1 {
        let target = if people_options.csv_per_person {
            person_path(output, 0)
        } else {
            output.to_path_buf()
        };
        let options = person_outputs(options, 0);
        let summary = extract_video(backend, front_end, input, &target, &options, |_| {})?;
        return Ok(PeopleSummary {
            frames: tracked.frames,
            people,
            single_face: true,
            outputs: vec![target],
            camera: summary.camera,
            damage: summary.damage,
        });
    }

    let mut per_person: Vec<HashMap<u64, FaceObservation>> = vec![HashMap::new(); n_people];
    for (track, &p) in tracked.tracks.into_iter().zip(&assigned) {
        per_person[p].extend(track.rows);
    }
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let scratch = if people_options.csv_per_person {
        None
    } else {
        Some(
            tempfile::Builder::new()
                .prefix(".pyfaceau-people-")
                .tempdir_in(&parent)
                .map_err(|e| Error::io(output, e))?,
        )
    };
    let options = ExtractOptions {
        camera: Some(tracked.camera),
        ..options.clone()
    };
    let mut outputs = Vec::with_capacity(n_people);
    let mut damage = tracked.damage;
    for (person, mut rows) in per_person.into_iter().enumerate() {
        let path = match &scratch {
            Some(dir) => dir.path().join(format!("person{person}.csv")),
            None => person_path(output, person),
        };
        let observe = |frame: &Frame, _: &CameraIntrinsics| Ok(rows.remove(&frame.number));
        let summary = run_back_end(
            backend,
            input,
            &path,
            &person_outputs(&options, person),
            person as u32,
            observe,
            |_| Ok(()),
            |_| {},
        )?;
        damage = damage.or(summary.damage);
        outputs.push(path);
    }
    if scratch.is_some() {
        merge_person_csvs(&outputs, output, options.csv_format.separator.as_str())?;
        outputs = vec![output.to_path_buf()];
    }
    Ok(PeopleSummary {
        frames: tracked.frames,
        people,
        single_face: false,
        outputs,
        camera: tracked.camera,
        damage,
    })
}

/// One CSV from the people's: the header once, then every row ordered by frame, then person
/// (the files' order); written atomically.
fn merge_person_csvs(inputs: &[PathBuf], output: &Path, separator: &str) -> Result<()> {
    let field = separator.trim();
    let mut header: Option<String> = None;
    let mut rows: Vec<(u64, usize, String)> = Vec::new();
    for (person, path) in inputs.iter().enumerate() {
        let io = |e| Error::io(path, e);
        let file = std::fs::File::open(path).map_err(io)?;
        let mut lines = BufReader::new(file).lines();
        let head = lines
            .next()
            .transpose()
            .map_err(io)?
            .ok_or_else(|| Error::Invalid(format!("{}: empty CSV", path.display())))?;
        match &header {
            None => header = Some(head),
            Some(h) if *h == head => {}
            Some(_) => {
                return Err(Error::Invalid(
                    "the people's CSVs have different headers".into(),
                ))
            }
        }
        for line in lines {
            let line = line.map_err(io)?;
            let frame = line
                .split(field)
                .next()
                .and_then(|f| f.trim().parse::<u64>().ok())
                .ok_or_else(|| {
                    Error::Invalid(format!("{}: a row without a frame number", path.display()))
                })?;
            rows.push((frame, person, line));
        }
    }
    rows.sort_by_key(|(frame, person, _)| (*frame, *person));
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let io = |e| Error::io(output, e);
    let tmp = named_temp_in(parent, ".pyfaceau-", ".csv.tmp").map_err(io)?;
    let mut out = std::io::BufWriter::new(tmp);
    writeln!(out, "{}", header.unwrap_or_default()).map_err(io)?;
    for (_, _, line) in &rows {
        writeln!(out, "{line}").map_err(io)?;
    }
    let tmp = out.into_inner().map_err(|e| io(e.into_error()))?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(output).map_err(|e| io(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(x: f32) -> Rect {
        Rect {
            x,
            y: 0.0,
            width: 100.0,
            height: 100.0,
        }
    }

    fn span(first: u64, last: u64, x: f32, a: &[f64]) -> TrackSpan<'_> {
        TrackSpan {
            first_frame: first,
            last_frame: last,
            first_box: at(x),
            last_box: at(x),
            appearance: Some(a),
        }
    }

    #[test]
    fn returning_person_keeps_their_id_and_a_stranger_does_not_take_it() {
        let a = [1.0, 0.0, 0.0];
        let b = [0.0, 1.0, 0.0];
        let a2 = [0.99, 0.05, 0.0];
        // A and B together; A leaves at 10 and comes back elsewhere at 20; C (unlike both)
        // at 30.
        let c = [0.0, 0.0, 1.0];
        let spans = [
            span(1, 10, 0.0, &a),
            span(1, 40, 500.0, &b),
            span(20, 40, 900.0, &a2),
            span(30, 40, 0.0, &c),
        ];
        assert_eq!(assign_people(&spans, 0.05, 0.5), vec![0, 1, 0, 2]);
        // With a threshold too tight, the return is a new person: the rule can fail.
        assert_eq!(assign_people(&spans, 0.0001, 0.0001), vec![0, 1, 2, 3]);
    }

    #[test]
    fn a_looser_threshold_applies_in_place_only() {
        let a = [1.0, 0.0];
        let a2 = [0.8, 0.6]; // cosine distance 0.2
        let back_in_place = [span(1, 10, 0.0, &a), span(20, 30, 50.0, &a2)];
        assert_eq!(assign_people(&back_in_place, 0.1, 0.3), vec![0, 0]);
        let back_elsewhere = [span(1, 10, 0.0, &a), span(20, 30, 400.0, &a2)];
        assert_eq!(assign_people(&back_elsewhere, 0.1, 0.3), vec![0, 1]);
    }

    #[test]
    fn a_person_in_view_is_never_matched() {
        let a = [1.0, 0.0];
        // Same appearance but overlapping in time: two people.
        let spans = [span(1, 10, 0.0, &a), span(5, 20, 0.0, &a)];
        assert_eq!(assign_people(&spans, 0.5, 0.5), vec![0, 1]);
    }

    #[test]
    fn person_csv_names() {
        assert_eq!(
            person_path(Path::new("/x/out.csv"), 2),
            PathBuf::from("/x/out_person2.csv")
        );
        assert_eq!(
            person_path(Path::new("out"), 0),
            PathBuf::from("out_person0")
        );
    }
}
