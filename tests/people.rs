//! `extract --faces all` (every face of a video, each a person) and `extract --images DIR`
//! (every face of every still image in one CSV).
//!
//! - One face: `--faces all` writes exactly the CSV `extract` writes (two public clips).
//! - Identity on two_faces.mp4 and faces_come_and_go.mp4 (each face one public clip in a tile
//!   of its own, see ../shared/testdata/README.md): every row's person maps to one tile, and
//!   each tile's clip to one person.
//! - Each person's AUs and landmarks against `FeatureExtraction`'s reference CSV of that clip
//!   alone: r, MAE, landmark error after removing the tile's x offset, printed and held to the
//!   measured figures with a margin.
//! - A person who leaves and comes back keeps their id, a stranger in their place does not
//!   take it (a video made with ffmpeg in a temporary folder).
//! - `--images`: each row equals the row of that image's `FaceLandmarkImg` CSV
//!   (`openface/images/`), after the extra `image` column.
//!
//! Every checker is also run on a perturbed input to show it can fail.

mod common;

use assert_cmd::Command;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn extract(input: &Path, output: &Path, extra: &[&str]) {
    let run = Command::cargo_bin("pyfaceau-rs")
        .unwrap()
        .args(common::run_args("extract", input, output))
        .arg("--quiet")
        .args(extra)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "extract {} failed: {}",
        input.display(),
        String::from_utf8_lossy(&run.stderr)
    );
}

/// A CSV as header names and rows of fields.
struct Csv {
    names: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Csv {
    fn read(path: &Path) -> Csv {
        let text =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut lines = text.lines();
        let names = lines
            .next()
            .unwrap()
            .split(',')
            .map(|s| s.trim().to_string())
            .collect();
        let rows = lines
            .map(|l| l.split(',').map(|s| s.trim().to_string()).collect())
            .collect();
        Csv { names, rows }
    }

    fn col(&self, name: &str) -> usize {
        self.names
            .iter()
            .position(|n| n == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    }

    fn num(&self, row: &[String], name: &str) -> f64 {
        row[self.col(name)].parse().unwrap()
    }
}

/// The tile (0, 1, …) of a row: its landmarks' mean x over the tile width.
fn tile_of(csv: &Csv, row: &[String], tile_width: f64) -> usize {
    let x0 = csv.col("x_0");
    let xs: Vec<f64> = (0..68).map(|i| row[x0 + i].parse().unwrap()).collect();
    let mean = xs.iter().sum::<f64>() / xs.len() as f64;
    (mean / tile_width).floor().max(0.0) as usize
}

/// Rows whose person is not the person of their tile, counting a tile's person as the one
/// most of its rows have, and requiring one person per tile and one tile per person.
/// Returns (rows, wrong rows, person → tile).
fn identity_errors(
    csv: &Csv,
    tile_width: f64,
    tiles: usize,
) -> (usize, usize, BTreeMap<u32, usize>) {
    let fid = csv.col("face_id");
    let mut counts: BTreeMap<(u32, usize), usize> = BTreeMap::new();
    for row in &csv.rows {
        let person: u32 = row[fid].parse().unwrap();
        *counts
            .entry((person, tile_of(csv, row, tile_width)))
            .or_default() += 1;
    }
    let mut person_tile: BTreeMap<u32, usize> = BTreeMap::new();
    for &(person, _) in counts.keys() {
        let best = counts
            .iter()
            .filter(|((p, _), _)| *p == person)
            .max_by_key(|(_, &m)| m)
            .map(|((_, t), _)| *t)
            .unwrap();
        person_tile.insert(person, best);
    }
    let mut wrong = 0;
    for (&(person, tile), &n) in &counts {
        if person_tile[&person] != tile {
            wrong += n;
        }
    }
    // Two people in one tile, or a tile without a person: every row of the extra people
    // counts as wrong.
    let mut tile_people: BTreeMap<usize, Vec<u32>> = BTreeMap::new();
    for (&p, &t) in &person_tile {
        tile_people.entry(t).or_default().push(p);
    }
    for people in tile_people.values() {
        for p in &people[1..] {
            wrong += counts
                .iter()
                .filter(|((q, _), _)| q == p)
                .map(|(_, n)| n)
                .sum::<usize>();
        }
    }
    if tile_people.len() != tiles {
        wrong += 1;
    }
    (csv.rows.len(), wrong, person_tile)
}

/// One person's rows against the reference CSV of their clip: (mean r over the AU
/// intensities that vary, mean absolute error of the intensities, mean landmark distance in
/// pixels), over frames successful in both.
fn compare_person(
    csv: &Csv,
    person: u32,
    x_offset: f64,
    reference: &Csv,
) -> (f64, f64, f64, usize) {
    let fid = csv.col("face_id");
    let by_frame: BTreeMap<u64, &Vec<String>> = reference
        .rows
        .iter()
        .map(|r| (r[0].parse().unwrap(), r))
        .collect();
    let aus: Vec<String> = csv
        .names
        .iter()
        .filter(|n| n.starts_with("AU") && n.ends_with("_r"))
        .cloned()
        .collect();
    let mut ours: Vec<Vec<f64>> = vec![Vec::new(); aus.len()];
    let mut theirs: Vec<Vec<f64>> = vec![Vec::new(); aus.len()];
    let mut landmark_sum = 0.0;
    let mut frames = 0;
    for row in csv.rows.iter().filter(|r| r[fid] == person.to_string()) {
        let frame: u64 = row[0].parse().unwrap();
        let Some(r) = by_frame.get(&frame) else {
            continue;
        };
        if csv.num(row, "success") != 1.0 || reference.num(r, "success") != 1.0 {
            continue;
        }
        frames += 1;
        for (k, au) in aus.iter().enumerate() {
            ours[k].push(csv.num(row, au));
            theirs[k].push(reference.num(r, au));
        }
        let mut d = 0.0;
        for i in 0..68 {
            let dx =
                csv.num(row, &format!("x_{i}")) - x_offset - reference.num(r, &format!("x_{i}"));
            let dy = csv.num(row, &format!("y_{i}")) - reference.num(r, &format!("y_{i}"));
            d += (dx * dx + dy * dy).sqrt();
        }
        landmark_sum += d / 68.0;
    }
    assert!(frames > 0, "person {person}: no frame in common");
    let mut rs = Vec::new();
    let mut mae = 0.0;
    for (a, b) in ours.iter().zip(&theirs) {
        mae += a.iter().zip(b).map(|(x, y)| (x - y).abs()).sum::<f64>() / a.len() as f64;
        if let Some(r) = pearson(a, b) {
            rs.push(r);
        }
    }
    (
        rs.iter().sum::<f64>() / rs.len() as f64,
        mae / aus.len() as f64,
        landmark_sum / frames as f64,
        frames,
    )
}

fn pearson(a: &[f64], b: &[f64]) -> Option<f64> {
    let n = a.len() as f64;
    let (ma, mb) = (a.iter().sum::<f64>() / n, b.iter().sum::<f64>() / n);
    let cov: f64 = a.iter().zip(b).map(|(x, y)| (x - ma) * (y - mb)).sum();
    let va: f64 = a.iter().map(|x| (x - ma).powi(2)).sum();
    let vb: f64 = b.iter().map(|y| (y - mb).powi(2)).sum();
    (va > 0.0 && vb > 0.0).then(|| cov / (va * vb).sqrt())
}

fn reference(clip: &str) -> Csv {
    Csv::read(&common::testdata(&format!("openface/{clip}.csv")))
}

/// Claimed per clip (measured in docs/parity.md, "Every face", with a margin): lowest mean
/// AU r, highest AU MAE, highest mean landmark distance (px) against the clip's own
/// reference. Not r >= 0.99: re-encoding a clip alone through today's single-face path
/// already gives r 0.8-0.95 on some AUs of these clips (see docs/parity.md), and bill_clinton
/// is tracked from frame 57 on by OpenFace's multi-face tracking, which settles 3.6 px from
/// `FeatureExtraction`'s track started at frame 1 (our landmarks equal
/// `FaceLandmarkVidMulti`'s, checked below).
const CLAIMS: [(&str, f64, f64, f64); 5] = [
    ("1192_01_006_julia_roberts", 0.90, 0.10, 0.2),
    ("1815_01_008_tony_blair", 0.90, 0.08, 0.2),
    ("0188_03_021_al_pacino", 0.90, 0.10, 0.2),
    ("1461_01_021_noam_chomsky", 0.85, 0.09, 0.3),
    ("0417_02_003_bill_clinton", 0.58, 0.26, 4.0),
];

/// Rows of `ours` whose landmark columns are not those of a row of `multi` (OpenFace's
/// `FaceLandmarkVidMulti` CSV) at the same frame.
fn landmark_rows_unlike(ours: &Csv, multi: &Csv) -> usize {
    let (a, b) = (ours.col("x_0"), multi.col("x_0"));
    let mut by_frame: BTreeMap<&str, Vec<&[String]>> = BTreeMap::new();
    for r in &multi.rows {
        by_frame
            .entry(r[0].as_str())
            .or_default()
            .push(&r[b..b + 136]);
    }
    ours.rows
        .iter()
        .filter(|r| {
            !by_frame
                .get(r[0].as_str())
                .is_some_and(|rows| rows.iter().any(|m| *m == &r[a..a + 136]))
        })
        .count()
}

fn check_video(name: &str, clips: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join(format!("{name}.csv"));
    extract(
        &common::testdata(&format!("videos/{name}.mp4")),
        &out,
        &["--faces", "all"],
    );
    let csv = Csv::read(&out);
    let (rows, wrong, person_tile) = identity_errors(&csv, 320.0, clips.len());
    println!("{name}: {rows} rows, {wrong} with the wrong person; person -> tile {person_tile:?}");
    assert_eq!(wrong, 0, "{name}: rows with the wrong person");
    assert_eq!(
        person_tile.len(),
        clips.len(),
        "{name}: one person per clip"
    );

    // The checker fails on a row given another person's id.
    let mut perturbed = Csv {
        names: csv.names.clone(),
        rows: csv.rows.clone(),
    };
    let fid = csv.col("face_id");
    let other = person_tile
        .keys()
        .find(|&&p| p.to_string() != perturbed.rows[0][fid]);
    perturbed.rows[0][fid] = other.unwrap().to_string();
    assert!(identity_errors(&perturbed, 320.0, clips.len()).1 > 0);

    // Tracking is OpenFace's own multi-face tracking: every row's landmarks are those of a
    // `FaceLandmarkVidMulti` row of that frame.
    let multi = Csv::read(&common::testdata(&format!("openface/multi/{name}.csv")));
    assert_eq!(landmark_rows_unlike(&csv, &multi), 0, "{name}: landmarks");
    let x0 = perturbed.col("x_0");
    perturbed.rows[0][x0] = format!("{:.1}", perturbed.num(&perturbed.rows[0], "x_0") + 0.1);
    assert_eq!(landmark_rows_unlike(&perturbed, &multi), 1);

    let mut rs = Vec::new();
    for (&person, &tile) in &person_tile {
        let clip = clips[tile];
        let (r, mae, landmarks, frames) =
            compare_person(&csv, person, 320.0 * tile as f64, &reference(clip));
        println!(
            "{name}: person {person} = {clip}: {frames} frames, AU r {r:.4}, MAE {mae:.4}, landmarks {landmarks:.3} px"
        );
        let &(_, min_r, max_mae, max_px) = CLAIMS.iter().find(|c| c.0 == clip).unwrap();
        assert!(r >= min_r, "{name} person {person}: r {r}");
        assert!(mae <= max_mae, "{name} person {person}: MAE {mae}");
        assert!(
            landmarks <= max_px,
            "{name} person {person}: landmarks {landmarks}"
        );
        rs.push(r);
        // The comparison fails against another clip's reference.
        let wrong_clip = clips[(tile + 1) % clips.len()];
        let (r_wrong, _, lm_wrong, _) =
            compare_person(&csv, person, 320.0 * tile as f64, &reference(wrong_clip));
        println!("  against {wrong_clip}: r {r_wrong:.3}, landmarks {lm_wrong:.1} px");
        assert!(r_wrong < min_r && lm_wrong > max_px);
    }
    let mean = rs.iter().sum::<f64>() / rs.len() as f64;
    println!("{name}: mean r {mean:.4}");
}

#[test]
fn two_faces_each_a_person_with_their_clip_aus() {
    check_video(
        "two_faces",
        &["1192_01_006_julia_roberts", "1815_01_008_tony_blair"],
    );
}

#[test]
fn faces_come_and_go_each_a_person_with_their_clip_aus() {
    check_video(
        "faces_come_and_go",
        &[
            "0188_03_021_al_pacino",
            "0417_02_003_bill_clinton",
            "1461_01_021_noam_chomsky",
        ],
    );
}

#[test]
fn one_face_gives_feature_extraction_csv() {
    let dir = tempfile::tempdir().unwrap();
    for clip in ["0417_02_003_bill_clinton", "1192_01_006_julia_roberts"] {
        let input = common::input_path(clip);
        let one = dir.path().join(format!("{clip}.one.csv"));
        let all = dir.path().join(format!("{clip}.all.csv"));
        let hog = |name: &str| dir.path().join(format!("{clip}.{name}.hog"));
        extract(&input, &one, &["--hog", hog("one").to_str().unwrap()]);
        extract(
            &input,
            &all,
            &["--faces", "all", "--hog", hog("all").to_str().unwrap()],
        );
        // The one person's HOG file is `extract`'s, named for person 0.
        let person0 = std::fs::read(hog("all_person0")).unwrap();
        assert!(
            person0 == std::fs::read(hog("one")).unwrap(),
            "{clip}: HOG differs"
        );
        let (a, b) = (std::fs::read(&one).unwrap(), std::fs::read(&all).unwrap());
        assert!(a == b, "{clip}: --faces all differs from extract");
        // The byte comparison can fail: one changed byte is seen.
        let mut c = b.clone();
        let last = c.len() - 2;
        c[last] ^= 1;
        assert!(a != c);
    }
}

/// The return case: julia_roberts on the left throughout; on the right tony_blair (frames
/// 1-70), black, victoria_beckham (101-160), black, tony_blair again (181-259, his clip's
/// frames 100-178). Made with the ffmpeg CLI (installed by scripts/install-deps-debian.sh)
/// into a temporary folder.
#[test]
fn returning_person_keeps_their_id_a_stranger_gets_a_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let video = dir.path().join("return_stranger.mp4");
    let v = |clip: &str| common::input_path(clip);
    let made = std::process::Command::new("ffmpeg")
        .args(["-v", "error", "-y", "-i"])
        .arg(v("1192_01_006_julia_roberts"))
        .arg("-i")
        .arg(v("1815_01_008_tony_blair"))
        .arg("-i")
        .arg(v("1869_03_009_victoria_beckham"))
        .args([
            "-filter_complex",
            "[0:v]setsar=1,format=yuv420p[l];[1:v]split[ta][tb];\
             [ta]trim=start_frame=0:end_frame=70,setpts=PTS-STARTPTS,setsar=1,format=yuv420p[t1];\
             color=black:s=320x240:r=25:d=1.2,setsar=1,format=yuv420p[k1];\
             [2:v]trim=start_frame=0:end_frame=60,setpts=PTS-STARTPTS,setsar=1,format=yuv420p[v1];\
             color=black:s=320x240:r=25:d=0.8,setsar=1,format=yuv420p[k2];\
             [tb]trim=start_frame=100:end_frame=179,setpts=PTS-STARTPTS,setsar=1,format=yuv420p[t2];\
             [t1][k1][v1][k2][t2]concat=n=5:v=1:a=0[r];[l][r]hstack=inputs=2:shortest=1[v]",
            "-map",
            "[v]",
            "-an",
            "-c:v",
            "libx264",
            "-preset",
            "medium",
            "-crf",
            "18",
            "-pix_fmt",
            "yuv420p",
        ])
        .arg(&video)
        .status()
        .unwrap_or_else(|e| panic!("cannot run the `ffmpeg` CLI (needed for this test): {e}"));
    assert!(
        made.success(),
        "ffmpeg could not make the return-case video"
    );
    let out = dir.path().join("return_stranger.csv");
    extract(&video, &out, &["--faces", "all"]);
    let csv = Csv::read(&out);
    let fid = csv.col("face_id");
    // Who is on the right, by frame: tony_blair, victoria_beckham, tony_blair.
    let right_person = |from: u64, to: u64| -> Vec<String> {
        let mut people: Vec<String> = csv
            .rows
            .iter()
            .filter(|r| {
                let f: u64 = r[0].parse().unwrap();
                f >= from && f <= to && tile_of(&csv, r, 320.0) == 1
            })
            .map(|r| r[fid].clone())
            .collect();
        people.dedup();
        people
    };
    let first = right_person(1, 70);
    let stranger = right_person(110, 160);
    let back = right_person(190, 259);
    println!("right tile: tony {first:?}, victoria {stranger:?}, tony again {back:?}");
    assert_eq!(first.len(), 1);
    assert_eq!(stranger.len(), 1);
    assert_eq!(back, first, "tony_blair came back under another id");
    assert_ne!(stranger, first, "victoria_beckham took tony_blair's id");
    let people: std::collections::BTreeSet<&String> = csv.rows.iter().map(|r| &r[fid]).collect();
    assert_eq!(
        people.len(),
        3,
        "julia_roberts, tony_blair, victoria_beckham"
    );
}

/// Lines of `FaceLandmarkImg`'s per-image CSVs, keyed by (image file name, face index);
/// a row of the combined CSV is `IMAGE,` then exactly that line.
fn combined_mismatches(combined: &str, references: &BTreeMap<(String, String), String>) -> usize {
    let mut lines = combined.lines();
    let header = lines.next().unwrap();
    let mut wrong = 0;
    let mut seen = 0;
    for line in lines {
        let (image, rest) = line.split_once(',').unwrap();
        let face = rest.split(',').next().unwrap().to_string();
        match references.get(&(image.to_string(), face)) {
            Some(r) if r == rest => seen += 1,
            _ => wrong += 1,
        }
    }
    assert!(header.starts_with("image,face,confidence,gaze_0_x"));
    wrong + references.len().abs_diff(seen)
}

#[test]
fn images_folder_one_csv_equal_to_face_landmark_img_per_image() {
    let images = common::testdata("images");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("faces.csv");
    let run = Command::cargo_bin("pyfaceau-rs")
        .unwrap()
        .args(["extract", "--quiet", "--models"])
        .arg(common::models_dir())
        .arg("--images")
        .arg(&images)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut references = BTreeMap::new();
    let mut names: Vec<PathBuf> = std::fs::read_dir(&images)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for image in names {
        let stem = image.file_stem().unwrap().to_string_lossy().into_owned();
        let reference = common::testdata("openface/images").join(format!("{stem}.csv"));
        let Ok(text) = std::fs::read_to_string(&reference) else {
            continue; // no face, no CSV
        };
        for line in text.lines().skip(1) {
            let face = line.split(',').next().unwrap().to_string();
            let name = image.file_name().unwrap().to_string_lossy().into_owned();
            references.insert((name, face), line.to_string());
        }
    }
    let combined = std::fs::read_to_string(&out).unwrap();
    println!(
        "--images: {} rows, {} reference faces",
        combined.lines().count() - 1,
        references.len()
    );
    assert_eq!(references.len(), 22);
    assert_eq!(combined_mismatches(&combined, &references), 0);
    // Can fail: one value changed, or one row missing.
    let changed = combined.replacen(",0.", ",1.", 1);
    assert!(combined_mismatches(&changed, &references) > 0);
    let dropped: String = combined
        .lines()
        .take(3)
        .chain(combined.lines().skip(4))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(combined_mismatches(&dropped, &references) > 0);
}

/// `--max-faces N`: never more than N people in a frame (faces_come_and_go has three faces in
/// view from frame 51 on); the check fails on the unlimited run.
#[test]
fn max_faces_limits_the_faces_tracked_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let input = common::testdata("videos/faces_come_and_go.mp4");
    let most_in_a_frame = |csv: &Csv| {
        let mut per_frame: BTreeMap<&str, usize> = BTreeMap::new();
        for r in &csv.rows {
            *per_frame.entry(r[0].as_str()).or_default() += 1;
        }
        per_frame.values().copied().max().unwrap()
    };
    let limited = dir.path().join("limited.csv");
    extract(&input, &limited, &["--faces", "all", "--max-faces", "2"]);
    assert_eq!(most_in_a_frame(&Csv::read(&limited)), 2);
    let unlimited = dir.path().join("unlimited.csv");
    extract(&input, &unlimited, &["--faces", "all"]);
    assert_eq!(most_in_a_frame(&Csv::read(&unlimited)), 3);
}

/// With several people, `--hog` and `--aligned` write per person: each person's HOG file and
/// aligned faces have a frame for every row of their CSV, and the two people's differ.
#[test]
fn each_person_gets_their_own_hog_file_and_aligned_faces() {
    let dir = tempfile::tempdir().unwrap();
    let input = common::testdata("videos/two_faces.mp4");
    let out = dir.path().join("x.csv");
    let hog = dir.path().join("x.hog");
    let aligned = dir.path().join("faces");
    extract(
        &input,
        &out,
        &[
            "--faces",
            "all",
            "--csv-per-person",
            "--hog",
            hog.to_str().unwrap(),
            "--aligned",
            aligned.to_str().unwrap(),
        ],
    );
    let mut hogs = Vec::new();
    for person in 0..2 {
        let rows = Csv::read(&dir.path().join(format!("x_person{person}.csv")))
            .rows
            .len();
        let frames = common::read_hog_file(&dir.path().join(format!("x_person{person}.hog")));
        assert_eq!(frames.len(), rows, "person {person}: HOG frames");
        let images = std::fs::read_dir(dir.path().join(format!("faces_person{person}")))
            .unwrap()
            .count();
        assert_eq!(images, rows, "person {person}: aligned faces");
        hogs.push(frames);
    }
    assert!(
        hogs[0][0].values != hogs[1][0].values,
        "two people, one face"
    );
    assert!(!hog.exists() && !aligned.exists());
}

/// Flags that do not go together are refused before any work, with exit status 2.
#[test]
fn people_flags_that_do_not_combine_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let input = common::testdata("videos/two_faces.mp4");
    let out = dir.path().join("x.csv");
    for extra in [
        vec!["--max-faces", "2"],
        vec!["--csv-per-person"],
        vec!["--faces", "all", "--tracked", "x.avi"],
        vec!["--faces", "all", "--max-faces", "0"],
    ] {
        let run = Command::cargo_bin("pyfaceau-rs")
            .unwrap()
            .args(common::run_args("extract", &input, &out))
            .args(&extra)
            .output()
            .unwrap();
        assert_eq!(run.status.code(), Some(2), "{extra:?}");
        assert!(String::from_utf8_lossy(&run.stderr).starts_with("error: "));
        assert!(!out.exists());
    }
}
