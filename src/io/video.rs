//! Frame input: the frames, frame numbers and timestamps OpenFace 2.2's
//! `Utilities::SequenceCapture` hands to `FeatureExtraction`.
//!
//! OpenFace reads a video file (`-f`) with OpenCV 4.6's `cv::VideoCapture`, whose FFmpeg backend
//! (`cap_ffmpeg_impl.hpp`) decodes with libavcodec and converts to BGR with libswscale. We drive the
//! same libraries (through `ffmpeg-next`) with the same calls, in the same order, with the same
//! parameters, so the BGR pixels are identical (`tests/video_parity.rs` checks every pixel of every
//! test video against `cv::VideoCapture`):
//!
//! - the first video stream of the file is used, decoded by `avcodec_find_decoder`'s decoder, with
//!   the context allocated for that codec, then the stream parameters, then `avcodec_open2`;
//! - each frame goes through `sws_scale` from the decoder's *coded* size (`coded_width` ×
//!   `coded_height`, read when the first frame arrives) to BGR24 of that same size, `SWS_BICUBIC`,
//!   into a 32-byte aligned buffer; the top-left stream-size (`codecpar` width × height) part is the
//!   frame;
//! - a display-matrix rotation of 90, 180 or 270 degrees is applied as OpenCV's default
//!   `CAP_PROP_ORIENTATION_AUTO` does (`cv::rotate`), and the reported size is swapped for odd
//!   multiples of 90 degrees;
//! - the end of the stream follows OpenCV's `grabFrame`: the decoder is drained at end of file, a
//!   packet the decoder rejects ends the video, more than 512 failed attempts (foreign packets or
//!   decode errors) within one frame end it, and no frame is read past the container's declared
//!   frame count + 1;
//! - the only deliberate difference: one decoder thread by default where OpenCV uses one per CPU
//!   (see [`ReaderOptions::decoder_threads`]; the pixels of intact streams are the same).
//!
//! Timestamps are OpenFace's: frame `i` (0-based) of a video is at `i * (1.0 / fps)` seconds, `fps`
//! being `CAP_PROP_FPS` (the stream's average frame rate, else 1 / time base), replaced by 30 when
//! it is NaN or not positive. Image sequences have fps 0 and every timestamp 0.
//!
//! An image folder (`-fdir`) is listed without recursion, sorted by file name (byte order, as
//! `std::sort` of `fs::path`s), keeping the names whose extension is exactly `.jpg`, `.jpeg`,
//! `.png` or `.bmp` (case-sensitive); each is read with `cv::imread(path, IMREAD_COLOR)` (the opencv
//! crate calls that very function).
//!
//! Where OpenFace silently stops (a packet the decoder rejects, an unreadable image) we stop at the
//! same frame, and where it silently processes damaged frames (corrupt packets of a truncated or
//! damaged file, frames in which FFmpeg concealed decoding errors) we deliver the same frames; in
//! both cases [`VideoReader::next_frame`] then returns an [`Error::Video`] once, after the last
//! frame, so the caller can report it. Every frame delivered before it is exactly OpenFace's, so a
//! caller may log the error and keep its results, as OpenFace would have.
//!
//! Not mirrored: OpenCV's 30 s read time-out (for network streams) and its fallback to other
//! back ends (GStreamer, `CAP_IMAGES`) when FFmpeg cannot open a file; a frame size or pixel format
//! that changes mid-stream is an error here (OpenCV keeps its first scaler).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use ffmpeg_next as ffmpeg;
use ffmpeg_next::ffi;
use ffmpeg_next::packet::Mut as _;
use opencv::core::{Mat, CV_8UC3};
use opencv::prelude::*;

use crate::error::{Error, InputDamage, Result};
use crate::io::image::BgrImage;
use crate::io::image_header;
use crate::io::opencv_on_demand;
use crate::io::stderr_capture::capture_stderr;

/// One input frame as OpenFace sees it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Frame {
    /// 1-based, as the `frame` column of OpenFace's CSV.
    pub number: u64,
    /// Seconds, as the `timestamp` column: `(number - 1) * (1.0 / fps)` for a video, 0 for an
    /// image sequence (OpenFace's `SequenceCapture::CaptureThread`).
    pub timestamp: f64,
    /// The frame's pixels (BGR). Empty (0×0) for an image of a sequence that could not be
    /// read, delivered only after [`VideoReader::skip_unreadable_images`].
    pub image: BgrImage,
}

/// What a [`VideoReader`] reads from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// A video file, decoded with FFmpeg (OpenFace `-f`).
    Video,
    /// A directory of images, read with `cv::imread` (OpenFace `-fdir`).
    ImageSequence,
}

/// Options for [`VideoReader::open_with`].
#[derive(Clone, Debug)]
pub struct ReaderOptions {
    /// FFmpeg decoder threads; 0 = OpenCV 4.6's choice (the number of CPUs, at most 16).
    ///
    /// The default is 1, deliberately unlike OpenCV: on intact streams the pixels do not depend
    /// on the thread count (the parity test checks both), but on a damaged stream FFmpeg's
    /// frame-threaded error concealment is racy, so OpenCV (and OpenFace) deliver different
    /// pixels from run to run for the frames after the damage; a single thread is reproducible
    /// (and equals one of OpenCV's outcomes). One thread decodes 640x480 at well over
    /// 1000 frames/s, far beyond the rest of the pipeline.
    pub decoder_threads: usize,
}

impl Default for ReaderOptions {
    fn default() -> Self {
        ReaderOptions { decoder_threads: 1 }
    }
}

/// The file-name extensions OpenFace's `OpenImageSequence` accepts (case-sensitive).
const IMAGE_EXTENSIONS: [&str; 4] = ["jpg", "jpeg", "png", "bmp"];

/// OpenCV's `grabFrame` gives up on a frame after this many foreign packets and failed decodes.
const MAX_GRAB_ATTEMPTS: u32 = 1 << 9;

/// OpenFace's fps when the video's own is NaN or not positive.
const FALLBACK_FPS: f64 = 30.0;

/// Reads the frames of a video file or an image folder in OpenFace's order, with OpenFace's frame
/// numbers and timestamps (`Utilities::SequenceCapture`).
///
/// # Example
/// ```no_run
/// use pyfaceau::io::video::{Frame, VideoReader};
/// let mut reader = VideoReader::open("video.avi")?;
/// let mut frame = Frame::default(); // reused: no allocation per frame once sized
/// while reader.next_frame(&mut frame)? {
///     println!("{} {:.3} {}x{}", frame.number, frame.timestamp, frame.image.width(), frame.image.height());
/// }
/// # Ok::<(), pyfaceau::Error>(())
/// ```
pub struct VideoReader {
    path: PathBuf,
    source: Source,
    fps: f64,
    width: usize,
    height: usize,
    frame_count_hint: u64,
    delivered: u64,
    finished: bool,
}

enum Source {
    Video(Box<FfmpegSource>),
    Images(ImageSequence),
}

impl std::fmt::Debug for VideoReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VideoReader")
            .field("path", &self.path)
            .field("kind", &self.kind())
            .field("fps", &self.fps)
            .field("size", &(self.width, self.height))
            .field("frame_count_hint", &self.frame_count_hint)
            .field("delivered", &self.delivered)
            .finish()
    }
}

impl VideoReader {
    /// Opens a video file, or an image folder when `path` is a directory (OpenFace's
    /// `SequenceCapture::OpenVideoFile` / `OpenImageSequence`).
    ///
    /// # Errors
    /// [`Error::Video`] when the path does not exist, the file is not a video FFmpeg can open, it
    /// has no video stream or no decoder for it, or the folder holds no readable image.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        Self::open_with(path, &ReaderOptions::default())
    }

    /// [`VideoReader::open`] with options.
    ///
    /// # Errors
    /// As [`VideoReader::open`].
    pub fn open_with(path: impl AsRef<Path>, options: &ReaderOptions) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        let err = |detail: String| Error::Video {
            path: path.clone(),
            detail,
        };
        let meta = std::fs::metadata(&path).map_err(|e| err(e.to_string()))?;
        if meta.is_dir() {
            let seq = ImageSequence::open(&path).map_err(err)?;
            Ok(VideoReader {
                fps: 0.0,
                width: seq.first_size.0,
                height: seq.first_size.1,
                frame_count_hint: seq.files.len() as u64,
                source: Source::Images(seq),
                path,
                delivered: 0,
                finished: false,
            })
        } else {
            let video = FfmpegSource::open(&path, options).map_err(err)?;
            let raw_fps = video.opencv_fps();
            // `SequenceCapture::OpenVideoFile`: NaN or non-positive fps becomes 30.
            let fps = if raw_fps.is_nan() || raw_fps <= 0.0 {
                FALLBACK_FPS
            } else {
                raw_fps
            };
            let (width, height) = video.reported_size();
            Ok(VideoReader {
                fps,
                width,
                height,
                frame_count_hint: video.opencv_frame_count().max(0) as u64,
                source: Source::Video(Box::new(video)),
                path,
                delivered: 0,
                finished: false,
            })
        }
    }

    /// The path this reader was opened on.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Video file or image sequence.
    pub fn kind(&self) -> SourceKind {
        match self.source {
            Source::Video(_) => SourceKind::Video,
            Source::Images(_) => SourceKind::ImageSequence,
        }
    }

    /// The frame rate OpenFace uses: `CAP_PROP_FPS`, or 30 when that is NaN or not positive; 0 for
    /// an image sequence.
    pub fn fps(&self) -> f64 {
        self.fps
    }

    /// The frame count announced before reading (OpenFace's `vid_length`, used for progress only):
    /// `CAP_PROP_FRAME_COUNT` (the container's count, else duration × fps rounded; 0 if unknown)
    /// or the number of listed images. The frames actually delivered may differ.
    pub fn frame_count_hint(&self) -> u64 {
        self.frame_count_hint
    }

    /// `(width, height)` as OpenFace reads it at open time (`CAP_PROP_FRAME_WIDTH/HEIGHT`, which
    /// OpenCV swaps for a 90 or 270 degree rotation; the first image's size for a sequence). It
    /// sets OpenFace's default camera intrinsics.
    pub fn size(&self) -> (usize, usize) {
        (self.width, self.height)
    }

    /// The number of frames delivered so far.
    pub fn frames_read(&self) -> u64 {
        self.delivered
    }

    /// For an image sequence: deliver an image that cannot be read as a frame with an empty
    /// image and go on, instead of stopping before it as OpenFace does. The images skipped are
    /// reported in the error after the last frame. No effect on a video file.
    pub fn skip_unreadable_images(&mut self, skip: bool) {
        if let Source::Images(seq) = &mut self.source {
            seq.skip_unreadable = skip;
        }
    }

    /// [`VideoReader::next_frame`] for a run that keeps the frames read before a damaged
    /// stretch: the reader's error after at least one frame ends the input (`Ok(false)`) and
    /// is recorded in `damage`.
    ///
    /// # Errors
    /// The reader's error when no frame could be read.
    pub fn next_frame_or_damage(
        &mut self,
        frame: &mut Frame,
        damage: &mut Option<InputDamage>,
    ) -> Result<bool> {
        match self.next_frame(frame) {
            Err(e) if self.delivered > 0 => {
                *damage = Some(InputDamage::after(&self.path, self.delivered, e));
                Ok(false)
            }
            other => other,
        }
    }

    /// Reads the next frame into `frame`, reusing its pixel buffer. Returns `Ok(false)` at the end.
    ///
    /// # Errors
    /// [`Error::Video`] once, after the last frame, when the input was not read cleanly to its
    /// end: a packet the decoder rejects or a demuxer read error (OpenCV stops there too), corrupt
    /// packets or frames with concealed decoding errors (OpenCV delivers them as we do), a frame
    /// that cannot be converted to BGR, or an image of a sequence that cannot be read (OpenFace
    /// stops there). The frames delivered before it are exactly OpenFace's; afterwards the reader
    /// returns `Ok(false)`.
    pub fn next_frame(&mut self, frame: &mut Frame) -> Result<bool> {
        if self.finished {
            return Ok(false);
        }
        let got = match &mut self.source {
            Source::Video(video) => video.next_image(&mut frame.image),
            Source::Images(seq) => seq.next_image(&mut frame.image),
        };
        match got {
            Ok(true) => {
                let index = self.delivered;
                self.delivered += 1;
                frame.number = index + 1;
                frame.timestamp = match self.source {
                    // `CaptureThread`: frame_num_int * (1.0 / fps), in double.
                    Source::Video(_) => index as f64 * (1.0 / self.fps),
                    Source::Images(_) => 0.0,
                };
                Ok(true)
            }
            Ok(false) => {
                self.finished = true;
                Ok(false)
            }
            Err(detail) => {
                self.finished = true;
                Err(Error::Video {
                    path: self.path.clone(),
                    detail,
                })
            }
        }
    }
}

impl Iterator for VideoReader {
    type Item = Result<Frame>;

    /// Allocates a new frame each call; use [`VideoReader::next_frame`] on the hot path.
    fn next(&mut self) -> Option<Self::Item> {
        let mut frame = Frame::default();
        match self.next_frame(&mut frame) {
            Ok(true) => Some(Ok(frame)),
            Ok(false) => None,
            Err(e) => Some(Err(e)),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Image folders.

struct ImageSequence {
    files: Vec<String>,
    next: usize,
    /// Deliver unreadable images as empty frames instead of stopping.
    skip_unreadable: bool,
    /// Images delivered empty, and the first one's problem.
    skipped: usize,
    first_skipped: Option<String>,
    /// Images read with a decoder warning (e.g. a truncated JPEG, filled in by libjpeg as
    /// OpenCV delivers it), and the first warning.
    warned: usize,
    first_warning: Option<String>,
    /// The first image, read at open time for the size (as OpenFace does) and kept for frame 1.
    first: Option<Mat>,
    first_size: (usize, usize),
}

impl ImageSequence {
    fn open(dir: &Path) -> std::result::Result<Self, String> {
        let entries = std::fs::read_dir(dir).map_err(|e| e.to_string())?;
        let mut paths = Vec::new();
        for entry in entries {
            paths.push(entry.map_err(|e| e.to_string())?.path());
        }
        // `std::sort` of `fs::path`s in one directory: the file names in byte order.
        fn name(p: &Path) -> Option<&[u8]> {
            p.file_name().map(|n| n.as_encoded_bytes())
        }
        paths.sort_by(|a, b| name(a).cmp(&name(b)));
        let videos = paths
            .iter()
            .filter(|p| crate::pipeline::batch::is_video(p))
            .count();
        let mut files = Vec::new();
        for p in paths {
            let keep = p
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| IMAGE_EXTENSIONS.contains(&e));
            if keep {
                let s = p
                    .to_str()
                    .ok_or_else(|| format!("image path is not valid UTF-8: {}", p.display()))?;
                files.push(s.to_owned());
            }
        }
        if files.is_empty() && videos > 0 {
            return Err(format!(
                "a folder of {videos} video file(s), not of images: use `pyfaceau-rs batch` \
                 for a folder of videos (or pass one video)"
            ));
        }
        if files.is_empty() {
            return Err("no .jpg, .jpeg, .png or .bmp images in the directory".into());
        }
        let (first, warning) = read_image(&files[0])?;
        let first_size = (first.cols() as usize, first.rows() as usize);
        Ok(ImageSequence {
            next: 0,
            skip_unreadable: false,
            skipped: 0,
            first_skipped: None,
            warned: warning.is_some() as usize,
            first_warning: warning,
            files,
            first: Some(first),
            first_size,
        })
    }

    fn next_image(&mut self, out: &mut BgrImage) -> std::result::Result<bool, String> {
        if self.next >= self.files.len() {
            return self.end();
        }
        let mat = match self.first.take() {
            Some(mat) if self.next == 0 => mat,
            _ => match read_image(&self.files[self.next]) {
                Ok((mat, warning)) => {
                    if let Some(w) = warning {
                        self.warned += 1;
                        self.first_warning.get_or_insert(w);
                    }
                    mat
                }
                Err(e) if self.skip_unreadable => {
                    self.skipped += 1;
                    self.first_skipped
                        .get_or_insert_with(|| format!("frame {}: {e}", self.next + 1));
                    self.next += 1;
                    out.resize(0, 0);
                    return Ok(true);
                }
                Err(e) => {
                    let mut problem =
                        format!("stopped after frame {} as OpenFace does: {e}", self.next);
                    if let Some(d) = self.damage() {
                        problem = format!("{problem}; {d}");
                    }
                    return Err(problem);
                }
            },
        };
        self.next += 1;
        copy_mat(&mat, out)?;
        Ok(true)
    }

    /// The end of the sequence: `Err` when an image was skipped or read with a warning.
    fn end(&mut self) -> std::result::Result<bool, String> {
        match self.damage() {
            Some(d) => Err(format!("read to the end ({} images), but {d}", self.next)),
            None => Ok(false),
        }
    }

    /// The images skipped or read with warnings, if any.
    fn damage(&self) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(first) = &self.first_skipped {
            parts.push(format!(
                "{} unreadable image(s) written as failed frames (the first: {first})",
                self.skipped
            ));
        }
        if let Some(first) = &self.first_warning {
            parts.push(format!(
                "{} image(s) decoded with warnings, delivered as OpenCV does (the first: {first})",
                self.warned
            ));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

/// `cv::imread(path, IMREAD_COLOR)` with what the decoders print captured: the image and the
/// decoder's warning, if any (e.g. libjpeg's "Premature end of JPEG file" for a truncated
/// file, whose missing part libjpeg fills in). An empty result, or a header declaring more
/// than [`image_header::MAX_IMAGE_PIXELS`], is an error.
fn read_image(path: &str) -> std::result::Result<(Mat, Option<String>), String> {
    if let Some((w, h)) = image_header::declared_size(Path::new(path)) {
        if w.saturating_mul(h) > image_header::MAX_IMAGE_PIXELS {
            return Err(format!(
                "{path}: the image declares {w}x{h} pixels, more than the {} allowed",
                image_header::MAX_IMAGE_PIXELS
            ));
        }
    }
    let (mat, captured) =
        capture_stderr(|| opencv_on_demand::imread(path, opencv_on_demand::IMREAD_COLOR));
    let (said, other) = split_decoder_output(&captured);
    // Another thread's output caught during the capture is not the decoder's: pass it on.
    if !other.is_empty() {
        eprint!("{other}");
    }
    let said = one_line(&said);
    let mat = mat.map_err(|e| format!("{path}: {e}"))?;
    if mat.empty() {
        return Err(match said {
            Some(said) => format!("cannot read image {path} ({said})"),
            None => format!("cannot read image {path}"),
        });
    }
    Ok((mat, said.map(|said| format!("{path}: {said}"))))
}

/// Words by which the image decoders' messages are known: libjpeg's (`Premature end of JPEG
/// file`, `Corrupt JPEG data: …`), libpng's and OpenCV's codec warnings.
const DECODER_MARKERS: [&str; 8] = [
    "JPEG",
    "jpeg",
    "libpng",
    "PNG",
    "png",
    "imread",
    "imgcodecs",
    "Corrupt",
];

/// Splits text captured from stderr during `imread` into the decoder's lines and the rest
/// (another thread writing at the same moment).
fn split_decoder_output(text: &str) -> (String, String) {
    let (mut decoder, mut other) = (String::new(), String::new());
    for line in text.split_inclusive('\n') {
        if DECODER_MARKERS.iter().any(|m| line.contains(m)) {
            decoder.push_str(line);
        } else {
            other.push_str(line);
        }
    }
    (decoder, other)
}

/// Captured library output as one line (`None` when there was none).
fn one_line(text: &str) -> Option<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    (!lines.is_empty()).then(|| lines.join(" / "))
}

/// One still image as OpenFace's `ImageCapture::GetNextImage` reads it:
/// `cv::imread(path, IMREAD_COLOR)` (a grey image becomes three equal channels). A decoder
/// warning is passed to stderr.
///
/// # Errors
/// [`Error::Video`] naming the path when the image cannot be opened or decoded.
pub fn read_still_image(path: &Path) -> Result<BgrImage> {
    let fail = |detail: String| Error::Video {
        path: path.to_path_buf(),
        detail,
    };
    let name = path
        .to_str()
        .ok_or_else(|| fail("the path is not valid UTF-8".into()))?;
    let (mat, warning) = read_image(name).map_err(fail)?;
    if let Some(w) = warning {
        eprintln!("warning: {w}");
    }
    let mut out = BgrImage::default();
    copy_mat(&mat, &mut out).map_err(fail)?;
    Ok(out)
}

/// The images of a folder as OpenFace's `ImageCapture::OpenDirectory` lists them: every entry
/// whose extension is exactly `.jpg`, `.jpeg`, `.png` or `.bmp` (lower case), sorted by file
/// name, each as `dir/name`. May be empty.
///
/// # Errors
/// [`Error::Io`] when the folder cannot be read.
pub fn image_files_in(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut names = Vec::new();
    for entry in entries {
        names.push(entry.map_err(|e| Error::io(dir, e))?.file_name());
    }
    names.sort_by(|a, b| a.as_encoded_bytes().cmp(b.as_encoded_bytes()));
    Ok(names
        .into_iter()
        .map(|n| dir.join(n))
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| IMAGE_EXTENSIONS.contains(&e))
        })
        .collect())
}

/// Copies an 8UC3 `Mat` into `out`, reusing its buffer.
fn copy_mat(mat: &Mat, out: &mut BgrImage) -> std::result::Result<(), String> {
    if mat.typ() != CV_8UC3 {
        return Err(format!("unexpected OpenCV image type {}", mat.typ()));
    }
    let (w, h) = (mat.cols() as usize, mat.rows() as usize);
    out.resize(w, h);
    if mat.is_continuous() {
        let bytes = mat.data_bytes().map_err(|e| e.to_string())?;
        out.data_mut().copy_from_slice(&bytes[..w * h * 3]);
    } else {
        for (y, dst) in out.data_mut().chunks_exact_mut(w * 3).enumerate() {
            let row = mat.ptr(y as i32).map_err(|e| e.to_string())?;
            // SAFETY: row `y` of an 8UC3 Mat holds `3 * cols` bytes.
            dst.copy_from_slice(unsafe { std::slice::from_raw_parts(row, w * 3) });
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Video files (OpenCV 4.6's `CvCapture_FFMPEG`).

/// `cv::rotate` flags chosen from the display matrix (`CvCapture_FFMPEG_proxy::rotateFrame`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rotation {
    None,
    Clockwise90,
    Rotate180,
    CounterClockwise90,
}

/// The swscale context and its BGR24 output frame (OpenCV's `img_convert_ctx`, `rgb_picture`).
struct BgrConverter {
    sws: *mut ffi::SwsContext,
    /// OpenCV's `rgb_picture`; `None` when the scaler writes straight into the frame (see
    /// [`BgrConverter::direct`]).
    bgr: Option<ffmpeg::frame::Video>,
    /// The frame is unrotated, its coded size is its size and its width a multiple of 32:
    /// `rgb_picture`'s rows are then exactly `3 · width` bytes apart, as the frame's, and when
    /// the frame's buffer starts 16-byte aligned, as FFmpeg's does (checked per frame), the
    /// scaler takes the same paths and writes the same bytes into the frame directly.
    direct: bool,
    /// The scaler's output size (the coded size).
    sws_size: (u32, u32),
    /// Source format and size of the first frame; later frames must match.
    src_format: ffmpeg::format::Pixel,
    src_size: (u32, u32),
}

impl Drop for BgrConverter {
    fn drop(&mut self) {
        // SAFETY: `sws` came from `sws_getCachedContext` and is freed once.
        unsafe { ffi::sws_freeContext(self.sws) };
    }
}

// SAFETY: the swscale context is owned by this struct alone and used from one thread at a time.
unsafe impl Send for BgrConverter {}

struct FfmpegSource {
    input: ffmpeg::format::context::Input,
    decoder: ffmpeg::decoder::Video,
    stream_index: usize,
    /// `AVStream::nb_frames` (0 when the container does not say).
    declared_frames: i64,
    packet: ffmpeg::Packet,
    picture: ffmpeg::frame::Video,
    converter: Option<BgrConverter>,
    /// The stream's size (`codecpar`), before rotation: OpenCV's `frame.width/height`.
    width: usize,
    height: usize,
    /// OpenCV's `rotation_angle` (degrees in [0, 360); 90 turns the picture clockwise).
    rotation_angle: i32,
    rotation: Rotation,
    /// OpenCV's `frame_number`: frames grabbed so far.
    grabbed: i64,
    /// Why the stream ended early, reported once at the end.
    problem: Option<String>,
    /// Video packets the demuxer flagged as corrupt (e.g. cut short by a truncated file), and
    /// the first one's byte offset in the file (-1 when the demuxer does not say).
    corrupt_packets: u64,
    first_corrupt_at: i64,
    /// Frames the decoder flagged as damaged (errors concealed), and the first one's number.
    damaged_frames: u64,
    first_damaged: i64,
    /// Byte offset of the packet sent last before the first damaged frame (-1 if unknown).
    first_damaged_at: i64,
    /// The first error FFmpeg logged while reading, with the frame count and byte offset then.
    ffmpeg_said: Option<String>,
}

fn av_err(what: &str, e: ffmpeg::Error) -> String {
    format!("{what}: {e}")
}

fn is_eagain(e: &ffmpeg::Error) -> bool {
    *e == ffmpeg::Error::Other {
        errno: ffmpeg::error::EAGAIN,
    }
}

fn r2d(r: ffi::AVRational) -> f64 {
    if r.num == 0 || r.den == 0 {
        0.0
    } else {
        f64::from(r.num) / f64::from(r.den)
    }
}

/// `ffmpeg_next::init` once, with FFmpeg's own log kept off stderr: every problem it would
/// print reaches the caller as this module's one-line `Error::Video` instead (OpenCV logs at
/// error level, which would add a second, raw line to the CLI's one-line errors). Where the
/// log callback can be installed (x86-64 Linux, whose `va_list` the bindings spell), its
/// error-level lines are kept per thread for [`take_ffmpeg_message`]; elsewhere the log is
/// quiet.
fn init_ffmpeg() -> std::result::Result<(), String> {
    static INIT: OnceLock<std::result::Result<(), String>> = OnceLock::new();
    INIT.get_or_init(|| {
        let result = ffmpeg::init().map_err(|e| format!("FFmpeg initialisation failed: {e}"));
        #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
        {
            // SAFETY: installs a callback that only formats into a local buffer.
            unsafe { ffi::av_log_set_callback(Some(ffmpeg_log_callback)) };
            ffmpeg::log::set_level(ffmpeg::log::Level::Error);
        }
        #[cfg(not(all(target_os = "linux", target_arch = "x86_64")))]
        ffmpeg::log::set_level(ffmpeg::log::Level::Quiet);
        result
    })
    .clone()
}

thread_local! {
    /// The first error-level line FFmpeg logged on this thread since the last take.
    static FFMPEG_SAID: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The first error FFmpeg logged on this thread since the last call, if any.
fn take_ffmpeg_message() -> Option<String> {
    FFMPEG_SAID.with(|said| said.borrow_mut().take())
}

/// FFmpeg's log callback: keeps the first error-level line of the thread, prints nothing.
#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
unsafe extern "C" fn ffmpeg_log_callback(
    ptr: *mut libc::c_void,
    level: libc::c_int,
    fmt: *const libc::c_char,
    args: *mut ffi::__va_list_tag,
) {
    if level > ffi::AV_LOG_ERROR || fmt.is_null() {
        return;
    }
    let mut line = [0 as libc::c_char; 256];
    let mut print_prefix: libc::c_int = 1;
    // SAFETY: FFmpeg's own formatter with the arguments it passed us, into a local buffer it
    // NUL-terminates.
    let text = unsafe {
        ffi::av_log_format_line2(
            ptr,
            level,
            fmt,
            args,
            line.as_mut_ptr(),
            line.len() as libc::c_int,
            &mut print_prefix,
        );
        std::ffi::CStr::from_ptr(line.as_ptr()).to_string_lossy()
    };
    let mut text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // "[asf @ 0x55d0c0a1b2c0] message" -> "asf: message".
    if let (Some(rest), Some(close)) = (text.strip_prefix('['), text.find("] ")) {
        let name = rest[..close - 1].split(" @ ").next().unwrap_or_default();
        text = format!("{name}: {}", &text[close + 2..]);
    }
    if text.is_empty() {
        return;
    }
    let _ = FFMPEG_SAID.try_with(|said| {
        if let Ok(mut said) = said.try_borrow_mut() {
            said.get_or_insert(text);
        }
    });
}

#[cfg(unix)]
fn c_path(path: &Path) -> std::result::Result<std::ffi::CString, String> {
    use std::os::unix::ffi::OsStrExt;
    std::ffi::CString::new(path.as_os_str().as_bytes())
        .map_err(|_| "path contains a NUL byte".into())
}

#[cfg(not(unix))]
fn c_path(path: &Path) -> std::result::Result<std::ffi::CString, String> {
    let s = path.to_str().ok_or("path is not valid UTF-8")?;
    std::ffi::CString::new(s).map_err(|_| "path contains a NUL byte".into())
}

impl FfmpegSource {
    /// `CvCapture_FFMPEG::open`: open the container, read the stream info, take the first video
    /// stream and open its decoder.
    fn open(path: &Path, options: &ReaderOptions) -> std::result::Result<Self, String> {
        init_ffmpeg()?;
        let cpath = c_path(path)?;
        take_ffmpeg_message();
        let input = unsafe {
            let mut ctx = std::ptr::null_mut();
            let ret = ffi::avformat_open_input(
                &mut ctx,
                cpath.as_ptr(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
            );
            if ret < 0 {
                return Err(av_err("not a video FFmpeg can open", ret.into()));
            }
            // SAFETY: `ctx` is an opened format context; `Input` closes it on drop.
            let input = ffmpeg::format::context::Input::wrap(ctx);
            let ret = ffi::avformat_find_stream_info(ctx, std::ptr::null_mut());
            if ret < 0 {
                return Err(av_err("cannot read the stream parameters", ret.into()));
            }
            input
        };

        let stream = input
            .streams()
            .find(|s| s.parameters().medium() == ffmpeg::media::Type::Video)
            .ok_or("the file has no video stream")?;
        let stream_index = stream.index();
        let params = stream.parameters();
        let codec_id = params.id();
        let codec = ffmpeg::decoder::find(codec_id)
            .ok_or_else(|| format!("no decoder for the video codec {codec_id:?}"))?;

        // OpenCV: avcodec_alloc_context3(codec), thread count, parameters, avcodec_open2.
        let mut context = ffmpeg::codec::Context::new_with_codec(codec);
        let threads = match options.decoder_threads {
            0 => opencv_default_threads(),
            n => n,
        };
        let (par_width, par_height) = unsafe {
            let ctx = context.as_mut_ptr();
            if ctx.is_null() {
                return Err("cannot allocate a decoder context".into());
            }
            (*ctx).thread_count = threads.min(i32::MAX as usize) as i32;
            let ret = ffi::avcodec_parameters_to_context(ctx, params.as_ptr());
            if ret < 0 {
                return Err(av_err("cannot configure the decoder", ret.into()));
            }
            ((*params.as_ptr()).width, (*params.as_ptr()).height)
        };
        let mut decoder = context
            .decoder()
            .open_as(codec)
            .and_then(|opened| opened.video())
            .map_err(|e| av_err("cannot open the decoder", e))?;
        // OpenCV restores the container's size if the decoder altered it.
        unsafe {
            let ctx = decoder.as_mut_ptr();
            if par_width != 0 && (*ctx).width != par_width {
                (*ctx).width = par_width;
            }
            if par_height != 0 && (*ctx).height != par_height {
                (*ctx).height = par_height;
            }
        }
        let (width, height) = unsafe {
            let ctx = decoder.as_ptr();
            ((*ctx).width, (*ctx).height)
        };
        if width <= 0 || height <= 0 {
            return Err(format!("invalid frame size {width}x{height}"));
        }

        let rotation_angle = display_rotation(&stream);
        let rotation = match rotation_angle {
            90 | -270 => Rotation::Clockwise90,
            270 | -90 => Rotation::CounterClockwise90,
            180 | -180 => Rotation::Rotate180,
            _ => Rotation::None,
        };
        let declared_frames = stream.frames();
        let ffmpeg_said =
            take_ffmpeg_message().map(|said| format!("FFmpeg said \"{said}\" while opening"));

        Ok(FfmpegSource {
            input,
            decoder,
            stream_index,
            declared_frames,
            packet: ffmpeg::Packet::empty(),
            picture: ffmpeg::frame::Video::empty(),
            converter: None,
            width: width as usize,
            height: height as usize,
            rotation_angle,
            rotation,
            grabbed: 0,
            problem: None,
            corrupt_packets: 0,
            first_corrupt_at: -1,
            damaged_frames: 0,
            first_damaged: 0,
            first_damaged_at: -1,
            ffmpeg_said,
        })
    }

    fn stream(&self) -> *const ffi::AVStream {
        // SAFETY: `stream_index` < nb_streams, checked at open.
        unsafe { *(*self.input.as_ptr()).streams.add(self.stream_index) }
    }

    /// `CAP_PROP_FPS` (`CvCapture_FFMPEG::get_fps`).
    fn opencv_fps(&self) -> f64 {
        const EPS_ZERO: f64 = 0.000025;
        // SAFETY: a valid stream of the open context.
        let st = unsafe { &*self.stream() };
        let mut fps = r2d(st.avg_frame_rate);
        if fps < EPS_ZERO {
            fps = 1.0 / r2d(st.time_base);
        }
        fps
    }

    /// `CAP_PROP_FRAME_COUNT` (`CvCapture_FFMPEG::get_total_frames`).
    fn opencv_frame_count(&self) -> i64 {
        const EPS_ZERO: f64 = 0.000025;
        // SAFETY: valid context and stream.
        let (ic, st) = unsafe { (&*self.input.as_ptr(), &*self.stream()) };
        if st.nb_frames != 0 {
            return st.nb_frames;
        }
        let mut sec = ic.duration as f64 / f64::from(ffi::AV_TIME_BASE);
        if sec < EPS_ZERO {
            sec = st.duration as f64 * r2d(st.time_base);
        }
        (sec * self.opencv_fps() + 0.5).floor() as i64
    }

    /// `CAP_PROP_FRAME_WIDTH/HEIGHT`: the stream size, swapped when the rotation angle is not a
    /// multiple of 180 degrees.
    fn reported_size(&self) -> (usize, usize) {
        if self.rotation_angle % 180 != 0 {
            (self.height, self.width)
        } else {
            (self.width, self.height)
        }
    }

    /// `cv::VideoCapture::read`: grab, then retrieve; `Ok(false)` at a normal end.
    fn next_image(&mut self, out: &mut BgrImage) -> std::result::Result<bool, String> {
        let grabbed = self.grab();
        if let (None, Some(said)) = (&self.ffmpeg_said, take_ffmpeg_message()) {
            self.ffmpeg_said = Some(format!(
                "FFmpeg said \"{said}\" after frame {} (near byte {})",
                self.grabbed,
                self.byte_offset()
            ));
        }
        if !grabbed {
            let at_byte = |pos: i64| {
                if pos >= 0 {
                    format!(" at byte {pos}")
                } else {
                    String::new()
                }
            };
            let mut parts = Vec::new();
            if self.corrupt_packets > 0 {
                let first = match self.first_corrupt_at {
                    pos if pos >= 0 => format!(" (the first at byte {pos})"),
                    _ => String::new(),
                };
                parts.push(format!("{} corrupt packet(s){first}", self.corrupt_packets));
            }
            if self.damaged_frames > 0 {
                parts.push(format!(
                    "{} frame(s) with concealed decoding errors (the first: frame {}, from the \
                     packet{})",
                    self.damaged_frames,
                    self.first_damaged,
                    at_byte(self.first_damaged_at)
                ));
            }
            parts.extend(self.ffmpeg_said.take());
            let damaged = (!parts.is_empty()).then(|| {
                format!(
                    "the file is damaged or truncated (size {} bytes): {}, delivered as OpenCV does",
                    self.file_size(),
                    parts.join(", ")
                )
            });
            return match (self.problem.take(), damaged) {
                (Some(p), Some(d)) => {
                    Err(format!("stopped after frame {}: {p}; {d}", self.grabbed))
                }
                (Some(p), None) => Err(format!("stopped after frame {}: {p}", self.grabbed)),
                (None, Some(d)) => Err(format!(
                    "read to the end of the file ({} frames), but {d}",
                    self.grabbed
                )),
                (None, None) => Ok(false),
            };
        }
        self.retrieve(out)?;
        Ok(true)
    }

    /// Keeps the first reason the stream ended early, with where in the file it happened.
    fn note(&mut self, problem: String) {
        if self.problem.is_none() {
            let at = self.byte_offset();
            self.problem = Some(if at >= 0 {
                format!("{problem} (at byte {at} of {})", self.file_size())
            } else {
                problem
            });
        }
    }

    /// The current packet's byte offset, else the demuxer's read position (-1 if unknown).
    fn byte_offset(&self) -> i64 {
        let pos = self.packet.position() as i64;
        if pos >= 0 {
            return pos;
        }
        // SAFETY: the open context's I/O context, if any; a seek by 0 from the current
        // position only reports it.
        unsafe {
            let pb = (*self.input.as_ptr()).pb;
            if pb.is_null() {
                -1
            } else {
                ffi::avio_seek(pb, 0, libc::SEEK_CUR)
            }
        }
    }

    /// The file's size in bytes (-1 if unknown).
    fn file_size(&self) -> i64 {
        // SAFETY: as in `byte_offset`.
        unsafe {
            let pb = (*self.input.as_ptr()).pb;
            if pb.is_null() {
                -1
            } else {
                ffi::avio_size(pb)
            }
        }
    }

    /// `CvCapture_FFMPEG::grabFrame`: decode the next frame into `picture`.
    fn grab(&mut self) -> bool {
        if self.declared_frames > 0 && self.grabbed > self.declared_frames {
            return false;
        }
        let mut attempts = 0u32;
        // A frame left over from the previous packet?
        if self.decoder.receive_frame(&mut self.picture).is_ok() {
            self.frame_grabbed();
            return true;
        }
        loop {
            // SAFETY: unreferencing a packet we own leaves it blank.
            unsafe { ffi::av_packet_unref(self.packet.as_mut_ptr()) };
            let mut at_eof = false;
            match self.packet.read(&mut self.input) {
                Ok(()) => {}
                Err(e) if is_eagain(&e) => continue,
                Err(ffmpeg::Error::Eof) => {
                    // Flush the decoder: a blank packet on the video stream.
                    unsafe { ffi::av_packet_unref(self.packet.as_mut_ptr()) };
                    self.packet.set_stream(self.stream_index);
                    at_eof = true;
                }
                // OpenCV carries on with the blank packet av_read_frame leaves behind.
                Err(e) => self.note(av_err("the demuxer failed", e)),
            }
            if self.packet.stream() == self.stream_index && self.packet.is_corrupt() {
                if self.corrupt_packets == 0 {
                    self.first_corrupt_at = self.packet.position() as i64;
                }
                self.corrupt_packets += 1;
            }
            if self.packet.stream() != self.stream_index {
                attempts += 1;
                if attempts > MAX_GRAB_ATTEMPTS {
                    self.note(format!(
                        "no video frame after {MAX_GRAB_ATTEMPTS} packets or decode attempts"
                    ));
                    return false;
                }
                continue;
            }
            if let Err(e) = self.decoder.send_packet(&self.packet) {
                // `Eof`: the decoder is drained, the normal end.
                if e != ffmpeg::Error::Eof {
                    self.note(av_err("the decoder rejected a packet", e));
                }
                return false;
            }
            match self.decoder.receive_frame(&mut self.picture) {
                Ok(()) => {
                    self.frame_grabbed();
                    return true;
                }
                Err(e) if is_eagain(&e) => continue,
                Err(e) => {
                    if e != ffmpeg::Error::Eof && !at_eof {
                        self.note(av_err("a frame failed to decode", e));
                    }
                    attempts += 1;
                    if attempts > MAX_GRAB_ATTEMPTS {
                        self.note(format!(
                            "no video frame after {MAX_GRAB_ATTEMPTS} packets or decode attempts"
                        ));
                        return false;
                    }
                }
            }
        }
    }

    /// Counts a decoded frame and notes whether the decoder had to conceal errors in it.
    fn frame_grabbed(&mut self) {
        self.grabbed += 1;
        // SAFETY: plain field reads of the frame just received.
        let (flags, errors) = unsafe {
            let f = &*self.picture.as_ptr();
            (f.flags, f.decode_error_flags)
        };
        // The constant's integer type depends on the bindings' platform.
        #[allow(clippy::unnecessary_cast)]
        let corrupt = flags & ffi::AV_FRAME_FLAG_CORRUPT as i32 != 0;
        if errors != 0 || corrupt {
            if self.damaged_frames == 0 {
                self.first_damaged = self.grabbed;
                self.first_damaged_at = self.packet.position() as i64;
            }
            self.damaged_frames += 1;
        }
    }

    /// `CvCapture_FFMPEG::retrieveFrame` + `rotateFrame`: convert `picture` to BGR into `out`.
    fn retrieve(&mut self, out: &mut BgrImage) -> std::result::Result<(), String> {
        let (pic_w, pic_h) = (self.picture.width(), self.picture.height());
        let format = self.picture.format();
        // SAFETY: reading plain fields of the decoded frame.
        if unsafe { (*self.picture.as_ptr()).data[0].is_null() } {
            return Err("the decoder returned a frame without pixels".into());
        }
        if self.converter.is_none() {
            self.converter = Some(self.new_converter(format, (pic_w, pic_h))?);
        }
        let conv = self.converter.as_mut().expect("created above");
        if conv.src_format != format || conv.src_size != (pic_w, pic_h) {
            return Err(format!(
                "the frame format changed mid-stream ({:?} {}x{} -> {:?} {pic_w}x{pic_h}), which OpenCV does not handle",
                conv.src_format, conv.src_size.0, conv.src_size.1, format
            ));
        }
        if conv.direct {
            out.resize(self.width, self.height);
        }
        if conv.direct && (out.data().as_ptr() as usize).is_multiple_of(16) {
            let dst_data: [*mut u8; 4] = [
                out.data_mut().as_mut_ptr(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
            ];
            let dst_linesize: [i32; 4] = [(self.width * 3) as i32, 0, 0, 0];
            // SAFETY: `out` holds `height` rows of `3 · width` bytes, the scaler's output for
            // the coded size (equal to the frame's size when `direct`); the source as below.
            let ret = unsafe {
                let src = &*self.picture.as_ptr();
                ffi::sws_scale(
                    conv.sws,
                    src.data.as_ptr() as *const *const u8,
                    src.linesize.as_ptr(),
                    0,
                    src.height,
                    dst_data.as_ptr(),
                    dst_linesize.as_ptr(),
                )
            };
            if ret < 0 {
                return Err(av_err("swscale failed", ret.into()));
            }
            return Ok(());
        }
        if conv.bgr.is_none() {
            conv.bgr = Some(bgr_frame(conv.sws_size)?);
        }
        let bgr = conv.bgr.as_mut().expect("allocated above");
        // SAFETY: both frames are allocated; the converter was created for this source format
        // and the coded size, which the decoder's buffers cover; `pic_h` rows as OpenCV passes.
        let ret = unsafe {
            let src = &*self.picture.as_ptr();
            let dst = &mut *bgr.as_mut_ptr();
            ffi::sws_scale(
                conv.sws,
                src.data.as_ptr() as *const *const u8,
                src.linesize.as_ptr(),
                0,
                src.height,
                dst.data.as_ptr(),
                dst.linesize.as_ptr(),
            )
        };
        if ret < 0 {
            return Err(av_err("swscale failed", ret.into()));
        }
        let stride = bgr.stride(0);
        let src = bgr.data(0);
        copy_rotated(src, stride, self.width, self.height, self.rotation, out);
        Ok(())
    }

    /// OpenCV sizes the scaler from the decoder's coded size, read at the first frame.
    fn new_converter(
        &self,
        format: ffmpeg::format::Pixel,
        src_size: (u32, u32),
    ) -> std::result::Result<BgrConverter, String> {
        // SAFETY: plain fields of the open decoder context.
        let (cw, ch) = unsafe {
            let ctx = self.decoder.as_ptr();
            ((*ctx).coded_width, (*ctx).coded_height)
        };
        if cw < self.width as i32 || ch < self.height as i32 {
            return Err(format!(
                "coded size {cw}x{ch} smaller than the frame size {}x{}",
                self.width, self.height
            ));
        }
        if format == ffmpeg::format::Pixel::None {
            return Err("the decoder returned no pixel format".into());
        }
        let src_fmt: ffi::AVPixelFormat = format.into();
        // The constant's integer type depends on the bindings' platform.
        #[allow(clippy::unnecessary_cast)]
        let sws_bicubic = ffi::SWS_BICUBIC as i32;
        // SAFETY: plain constructor call; a null result is handled.
        let sws = unsafe {
            ffi::sws_getCachedContext(
                std::ptr::null_mut(),
                cw,
                ch,
                src_fmt,
                cw,
                ch,
                ffi::AVPixelFormat::AV_PIX_FMT_BGR24,
                sws_bicubic,
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::null(),
            )
        };
        if sws.is_null() {
            return Err(format!("cannot convert {format:?} frames to BGR"));
        }
        let direct = self.rotation == Rotation::None
            && (cw as usize, ch as usize) == (self.width, self.height)
            && src_size == (cw as u32, ch as u32)
            && self.width.is_multiple_of(32);
        let sws_size = (cw as u32, ch as u32);
        let bgr = if direct {
            None
        } else {
            match bgr_frame(sws_size) {
                Ok(bgr) => Some(bgr),
                Err(e) => {
                    // SAFETY: created above, not yet owned by a converter.
                    unsafe { ffi::sws_freeContext(sws) };
                    return Err(e);
                }
            }
        };
        Ok(BgrConverter {
            sws,
            bgr,
            direct,
            sws_size,
            src_format: format,
            src_size,
        })
    }
}

/// OpenCV's `rgb_picture` of the scaler's output size: `av_frame_get_buffer(.., 32)`.
fn bgr_frame((width, height): (u32, u32)) -> std::result::Result<ffmpeg::frame::Video, String> {
    let bgr = ffmpeg::frame::Video::new(ffmpeg::format::Pixel::BGR24, width, height);
    // SAFETY: a plain field read of the frame just allocated.
    if unsafe { (*bgr.as_ptr()).data[0].is_null() } {
        return Err("cannot allocate the BGR frame".into());
    }
    Ok(bgr)
}

/// The top-left `width` × `height` of a BGR24 buffer with row stride `stride`, rotated as
/// `cv::rotate` does, into `out` (reusing its buffer).
fn copy_rotated(
    src: &[u8],
    stride: usize,
    width: usize,
    height: usize,
    rotation: Rotation,
    out: &mut BgrImage,
) {
    let (ow, oh) = match rotation {
        Rotation::Clockwise90 | Rotation::CounterClockwise90 => (height, width),
        Rotation::None | Rotation::Rotate180 => (width, height),
    };
    out.resize(ow, oh);
    let px = |x: usize, y: usize| {
        let i = y * stride + x * 3;
        [src[i], src[i + 1], src[i + 2]]
    };
    match rotation {
        Rotation::None if stride == width * 3 => {
            out.data_mut().copy_from_slice(&src[..width * height * 3]);
        }
        Rotation::None => {
            for (y, dst) in out.data_mut().chunks_exact_mut(width * 3).enumerate() {
                dst.copy_from_slice(&src[y * stride..y * stride + width * 3]);
            }
        }
        // Output (r, c) = input (height-1-c, r).
        Rotation::Clockwise90 => {
            for (r, dst) in out.data_mut().chunks_exact_mut(ow * 3).enumerate() {
                for (c, d) in dst.chunks_exact_mut(3).enumerate() {
                    d.copy_from_slice(&px(r, height - 1 - c));
                }
            }
        }
        // Output (r, c) = input (c, width-1-r).
        Rotation::CounterClockwise90 => {
            for (r, dst) in out.data_mut().chunks_exact_mut(ow * 3).enumerate() {
                for (c, d) in dst.chunks_exact_mut(3).enumerate() {
                    d.copy_from_slice(&px(width - 1 - r, c));
                }
            }
        }
        // Output (r, c) = input (height-1-r, width-1-c).
        Rotation::Rotate180 => {
            for (r, dst) in out.data_mut().chunks_exact_mut(ow * 3).enumerate() {
                for (c, d) in dst.chunks_exact_mut(3).enumerate() {
                    d.copy_from_slice(&px(width - 1 - c, height - 1 - r));
                }
            }
        }
    }
}

/// OpenCV 4.6's `get_rotation_angle`: the display matrix's angle (`av_display_rotation_get`),
/// rounded (`cvRound`, ties to even), shifted into [0, 360); 0 without a display matrix. (Later
/// OpenCV versions negate it; 4.6 does not, as the parity test with rotated clips confirms.)
fn display_rotation(stream: &ffmpeg::Stream) -> i32 {
    for side in stream.side_data() {
        if side.kind() != ffmpeg::packet::side_data::Type::DisplayMatrix {
            continue;
        }
        let bytes = side.data();
        if bytes.len() < 36 {
            return 0;
        }
        let mut matrix = [0i32; 9];
        for (m, b) in matrix.iter_mut().zip(bytes.chunks_exact(4)) {
            *m = i32::from_ne_bytes([b[0], b[1], b[2], b[3]]);
        }
        // SAFETY: a 9-element display matrix.
        let angle_f = unsafe { ffi::av_display_rotation_get(matrix.as_ptr()) };
        if !angle_f.is_finite() {
            return 0;
        }
        let mut angle = angle_f.round_ties_even() as i32;
        if angle < 0 {
            angle += 360;
        }
        return angle;
    }
    0
}

/// OpenCV 4.6's decoder thread count: the number of CPUs, at most 16.
fn opencv_default_threads() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(16)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn test_image(w: usize, h: usize) -> (Vec<u8>, usize) {
        let stride = w * 3 + 5;
        let mut buf = vec![0u8; stride * h];
        for y in 0..h {
            for x in 0..w {
                let i = y * stride + x * 3;
                buf[i] = x as u8;
                buf[i + 1] = y as u8;
                buf[i + 2] = 7;
            }
        }
        (buf, stride)
    }

    #[test]
    fn reader_can_move_to_another_thread() {
        fn assert_send<T: Send>() {}
        assert_send::<VideoReader>();
    }

    #[test]
    fn only_decoder_lines_count_as_image_warnings() {
        let (decoder, other) = split_decoder_output(
            "Premature end of JPEG file\nvideo.mp4: 10 frames\nCorrupt JPEG data: 3 extraneous bytes\n",
        );
        assert_eq!(
            decoder,
            "Premature end of JPEG file\nCorrupt JPEG data: 3 extraneous bytes\n"
        );
        assert_eq!(other, "video.mp4: 10 frames\n");
    }

    #[test]
    fn rotations_match_cv_rotate() {
        let (w, h) = (4, 3);
        let (buf, stride) = test_image(w, h);
        let mut d = Vec::new();
        for y in 0..h {
            d.extend_from_slice(&buf[y * stride..y * stride + w * 3]);
        }
        let src = BgrImage::from_raw(w, h, d).unwrap();
        let src_mat = src.as_mat().unwrap();
        for (rot, flag) in [
            (Rotation::Clockwise90, opencv::core::ROTATE_90_CLOCKWISE),
            (
                Rotation::CounterClockwise90,
                opencv::core::ROTATE_90_COUNTERCLOCKWISE,
            ),
            (Rotation::Rotate180, opencv::core::ROTATE_180),
        ] {
            let mut ours = BgrImage::default();
            copy_rotated(&buf, stride, w, h, rot, &mut ours);
            let mut cv = Mat::default();
            opencv::core::rotate(&src_mat, &mut cv, flag).unwrap();
            assert_eq!(ours, BgrImage::from_mat(&cv).unwrap(), "{rot:?}");
        }
        let mut ours = BgrImage::default();
        copy_rotated(&buf, stride, w, h, Rotation::None, &mut ours);
        assert_eq!(ours, src);
    }
}
