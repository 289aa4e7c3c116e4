//! AU parity with C++ OpenFace 2.2, fed with OpenFace's own intermediate data: the HOG of
//! `NAME.hog` (float32, converted to double as OpenFace does) and the `PDM::CalcParams` output
//! of `NAME.stages.csv` (`fit_global`, `fit_local`, `success`), for `default`,
//! `2015-10-15-15-14` and `imgseq`.
//!
//! Asserted:
//! - per-frame predictions before post-processing vs the stages' `au_reg` / `au_class`
//!   columns, which print each value with 9 significant digits (`%.9g`): every value of every
//!   frame within half a unit of the 9th significant digit of the printed value
//!   ([`common::half_unit_9g`]; 5e-9 for a value in [1, 10)), i.e. within the print;
//! - after post-processing vs the CSV's `AUxx_r` / `AUxx_c` (2 decimals): every intensity within
//!   half a unit of the print ([`CSV_HALF_UNIT`] = 0.005) and printing to the CSV's very text
//!   with 2 decimals, and every presence equal.
//!
//! A raw prediction moved by one unit of its 9th significant digit, and a post-processed
//! intensity moved by one unit of the CSV's 2nd decimal, fail the same comparisons. Missing
//! reference data is a failure, never a skip.

mod common;

use common::{models_dir, read_hog_file, read_stages, testdata, StagesRow};
use pyfaceau::face_analyser::analyser::{AnalyserOptions, AuAnalyser, AuSeries};
use pyfaceau::face_analyser::au_models::AuModels;
use pyfaceau::model::pdm::{Pdm, PdmParams};
use pyfaceau::Error;

const VIDEOS: [&str; 3] = ["default", "2015-10-15-15-14", "imgseq"];

/// Half a unit of the CSV's 2-decimal print of the AU columns.
const CSV_HALF_UNIT: f64 = 0.005;

fn load_models(list: &str) -> (AuModels, Pdm) {
    let models = AuModels::read(&models_dir().join("AU_predictors").join(list)).unwrap();
    let pdm = Pdm::read(models.pdm_path.as_ref().expect("PDM line in the list")).unwrap();
    (models, pdm)
}

/// Runs the analyser over a video's reference data; returns the per-frame raw predictions
/// (intensities, presences), the post-processed series, and the stages rows.
#[allow(clippy::type_complexity)]
fn run_video(
    name: &str,
    list: &str,
) -> (
    Vec<Vec<f64>>,
    Vec<Vec<f64>>,
    AuSeries,
    Vec<StagesRow>,
    AuModels,
) {
    let (models, pdm) = load_models(list);
    let stages = read_stages(name);
    let hog = read_hog_file(&testdata(&format!("openface/{name}.hog")));
    assert_eq!(
        stages.len(),
        hog.len(),
        "{name}: stages and HOG frame counts"
    );
    let mut analyser =
        AuAnalyser::new(&models, &pdm, AnalyserOptions::for_models(&models)).unwrap();
    let mut raw_int = Vec::new();
    let mut raw_pres = Vec::new();
    for (row, h) in stages.iter().zip(&hog) {
        assert_eq!(
            row.success, h.good,
            "{name} frame {}: success flags",
            row.frame
        );
        assert_eq!((h.rows, h.cols, h.channels), (12, 12, 31));
        let hog_d: Vec<f64> = h.values.iter().map(|&v| f64::from(v)).collect();
        let p = analyser
            .add_frame_predicted(&hog_d, &row.fit_params(), row.success)
            .unwrap();
        raw_int.push(p.intensities.clone());
        raw_pres.push(p.presences.clone());
    }
    let series = analyser.finish().unwrap();
    // The analyser's borrow of `models` ended with finish(); hand the models back.
    (raw_int, raw_pres, series, stages, models)
}

fn pearson(a: &[f64], b: &[f64]) -> f64 {
    let n = a.len() as f64;
    let ma = a.iter().sum::<f64>() / n;
    let mb = b.iter().sum::<f64>() / n;
    let (mut sab, mut saa, mut sbb) = (0.0, 0.0, 0.0);
    for (x, y) in a.iter().zip(b) {
        sab += (x - ma) * (y - mb);
        saa += (x - ma) * (x - ma);
        sbb += (y - mb) * (y - mb);
    }
    if saa == 0.0 && sbb == 0.0 {
        1.0
    } else {
        sab / (saa * sbb).sqrt()
    }
}

/// Per-AU column of the stages' `au_reg` or `au_class` values.
fn stages_column(stages: &[StagesRow], name: &str, class: bool) -> Vec<f64> {
    stages
        .iter()
        .map(|r| {
            let list = if class { &r.au_class } else { &r.au_reg };
            list.iter()
                .find(|(k, _)| k == name)
                .unwrap_or_else(|| panic!("frame {}: no {name} in the stages", r.frame))
                .1
        })
        .collect()
}

/// The raw-prediction comparison for one AU: (frames outside the dump's 9-digit print, largest
/// |d|, largest |d| as a fraction of the print's half unit).
fn compare_raw(ours: &[f64], printed: &[f64]) -> (usize, f64, f64) {
    assert_eq!(ours.len(), printed.len(), "frame counts");
    let mut outside = 0;
    let (mut max_abs, mut max_ratio) = (0.0f64, 0.0f64);
    for (&o, &p) in ours.iter().zip(printed) {
        let d = (o - p).abs();
        max_abs = max_abs.max(d);
        let half = common::half_unit_9g(p);
        if half > 0.0 {
            max_ratio = max_ratio.max(d / half);
        }
        outside += usize::from(!common::within_print_9g(o, p));
    }
    (outside, max_abs, max_ratio)
}

fn check_raw(name: &str) {
    let (raw_int, raw_pres, _, stages, models) = run_video(name, "main_dynamic_svms.txt");
    let mut failures = Vec::new();
    eprintln!(
        "{name}: per-frame predictions vs stages ({} frames)",
        stages.len()
    );
    for (kind, names, ours, class) in [
        ("intensity", models.intensity_names(), &raw_int, false),
        ("presence", models.presence_names(), &raw_pres, true),
    ] {
        for (k, au) in names.iter().enumerate() {
            let expected = stages_column(&stages, au, class);
            let got: Vec<f64> = ours.iter().map(|r| r[k]).collect();
            let (outside, max_abs, max_ratio) = compare_raw(&got, &expected);
            eprintln!(
                "  {kind:9} {au}: max |d| {max_abs:.3e} ({max_ratio:.3} of the print's half unit)"
            );
            if outside > 0 {
                failures.push(format!(
                    "{kind} {au}: {outside} frames outside the print, max |d| {max_abs:.3e}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{name}: {failures:?}");
}

/// Frame 1's raw predictions of default pass the comparison; AU01's intensity moved by one unit
/// of its 9th significant digit fails it. (A one-ulp change stays within the print, the
/// tolerance, and passes.)
#[test]
fn raw_prediction_off_by_one_print_unit_fails() {
    let (models, pdm) = load_models("main_dynamic_svms.txt");
    let row = &read_stages("default")[0];
    let h = &read_hog_file(&testdata("openface/default.hog"))[0];
    let hog_d: Vec<f64> = h.values.iter().map(|&v| f64::from(v)).collect();
    let mut analyser =
        AuAnalyser::new(&models, &pdm, AnalyserOptions::for_models(&models)).unwrap();
    let ours = analyser
        .add_frame_predicted(&hog_d, &row.fit_params(), row.success)
        .unwrap()
        .intensities[0];
    assert_eq!(models.intensity_names()[0], "AU01");
    let printed = stages_column(std::slice::from_ref(row), "AU01", false)[0];
    assert_eq!(
        compare_raw(&[ours], &[printed]).0,
        0,
        "frame 1 itself differs"
    );

    let one_ulp = f64::from_bits(ours.to_bits() + 1);
    assert_eq!(compare_raw(&[one_ulp], &[printed]).0, 0);
    let one_unit = ours + 2.0 * common::half_unit_9g(printed);
    let (outside, max_abs, _) = compare_raw(&[one_unit], &[printed]);
    eprintln!("AU01 frame 1: {ours} vs printed {printed}; one print unit off: |d| {max_abs:.3e}");
    assert_eq!(outside, 1, "a change of one print unit went unnoticed");
}

/// Reads the AU columns of OpenFace's CSV: name → fields per frame as written.
fn read_csv_aus(name: &str) -> Vec<(String, Vec<String>)> {
    let path = testdata(&format!("openface/{name}.csv"));
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let cols: Vec<(usize, String)> = header
        .iter()
        .enumerate()
        .filter(|(_, h)| h.starts_with("AU"))
        .map(|(i, h)| (i, h.trim().to_string()))
        .collect();
    let rows: Vec<Vec<&str>> = lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split(',').collect())
        .collect();
    cols.into_iter()
        .map(|(i, h)| {
            let v = rows.iter().map(|r| r[i].trim().to_string()).collect();
            (h, v)
        })
        .collect()
}

/// The post-processed intensity comparison for one AU: (frames whose 2-decimal text differs
/// from the CSV's or that are more than half a unit off it, largest |d|).
fn compare_csv_intensities(ours: &[f64], text: &[String]) -> (usize, f64) {
    assert_eq!(ours.len(), text.len(), "frame counts");
    let mut differing = 0;
    let mut max_abs = 0.0f64;
    for (v, t) in ours.iter().zip(text) {
        let d = (v - t.parse::<f64>().unwrap()).abs();
        max_abs = max_abs.max(d);
        // OpenFace prints with `std::fixed << setprecision(2)`; Rust's `{:.2}` rounds the
        // same exact binary value the same way.
        differing += usize::from(d > CSV_HALF_UNIT || format!("{v:.2}") != *t);
    }
    (differing, max_abs)
}

fn check_postprocessed(name: &str) {
    let (_, _, series, stages, _) = run_video(name, "main_dynamic_svms.txt");
    let csv = read_csv_aus(name);
    assert_eq!(
        csv.len(),
        series.intensity_names.len() + series.presence_names.len()
    );
    let mut failures = Vec::new();
    eprintln!(
        "{name}: post-processed AUs vs CSV ({} frames)",
        stages.len()
    );
    for (au, values) in series.intensity_names.iter().zip(&series.intensities) {
        let col = format!("{au}_r");
        let text = &csv.iter().find(|(h, _)| *h == col).expect(&col).1;
        assert_eq!(text.len(), values.len());
        let expected: Vec<f64> = text.iter().map(|t| t.parse().unwrap()).collect();
        let (differing, max_abs) = compare_csv_intensities(values, text);
        eprintln!(
            "  {col}: max |d| {max_abs:.4}  r {:.6}  identical text {}/{}",
            pearson(values, &expected),
            values.len() - differing,
            values.len()
        );
        if differing > 0 {
            failures.push(format!("{col}: {differing} frames differ"));
        }
    }
    for (au, values) in series.presence_names.iter().zip(&series.presences) {
        let col = format!("{au}_c");
        let text = &csv.iter().find(|(h, _)| *h == col).expect(&col).1;
        let agree = values
            .iter()
            .zip(text)
            .filter(|(a, t)| **a == t.parse::<f64>().unwrap())
            .count();
        eprintln!(
            "  {col}: agreement {agree}/{} ({:.2}%)",
            values.len(),
            100.0 * agree as f64 / values.len() as f64
        );
        if agree != values.len() {
            failures.push(format!("{col}: {} frames differ", values.len() - agree));
        }
    }
    assert!(failures.is_empty(), "{name}: {failures:?}");
}

/// imgseq's post-processed AU12 intensities match the CSV; with frame 15's value moved by one
/// unit of the CSV's 2nd decimal (0.01) they do not.
#[test]
fn postprocessed_value_off_by_one_print_unit_fails() {
    let (_, _, series, _, _) = run_video("imgseq", "main_dynamic_svms.txt");
    let csv = read_csv_aus("imgseq");
    let k = series
        .intensity_names
        .iter()
        .position(|n| n == "AU12")
        .unwrap();
    let text = &csv.iter().find(|(h, _)| h == "AU12_r").unwrap().1;
    let mut values = series.intensities[k].clone();
    assert_eq!(
        compare_csv_intensities(&values, text).0,
        0,
        "imgseq AU12 differs"
    );
    values[14] += 0.01;
    let (differing, max_abs) = compare_csv_intensities(&values, text);
    eprintln!("AU12_r frame 15 + 0.01: {differing} frame differs, max |d| {max_abs:.4}");
    assert_eq!(differing, 1, "a change of one print unit went unnoticed");
}

#[test]
fn raw_predictions_default() {
    check_raw(VIDEOS[0]);
}

#[test]
fn raw_predictions_webcam_sample() {
    check_raw(VIDEOS[1]);
}

#[test]
fn raw_predictions_imgseq() {
    check_raw(VIDEOS[2]);
}

#[test]
fn postprocessed_default() {
    check_postprocessed(VIDEOS[0]);
}

#[test]
fn postprocessed_webcam_sample() {
    check_postprocessed(VIDEOS[1]);
}

#[test]
fn postprocessed_imgseq() {
    check_postprocessed(VIDEOS[2]);
}

/// The models of both lists as OpenFace lists them: 17 intensities and 18 presences, sorted,
/// dynamic SVRs carrying their cutoffs.
#[test]
fn model_lists_read() {
    let (dynamic, _) = load_models("main_dynamic_svms.txt");
    let (stat, _) = load_models("main_static_svms.txt");
    for m in [&dynamic, &stat] {
        assert_eq!(m.intensity_names().len(), 17);
        assert_eq!(m.presence_names().len(), 18);
        assert_eq!(m.input_len(), 4464 + 238);
        let mut sorted = m.intensity_names().to_vec();
        sorted.sort();
        assert_eq!(sorted, m.intensity_names());
    }
    assert!(dynamic.has_dynamic_models());
    assert!(!stat.has_dynamic_models());
    let au01 = dynamic.intensity_models().next().unwrap();
    assert_eq!(au01.name, "AU01");
    assert_eq!(au01.cutoff, Some(0.55));
    assert!(dynamic
        .intensity_models()
        .all(|m| m.cutoff.is_some() == m.kind.is_dynamic()));
}

/// The batched prediction (one dgemm) equals the per-frame one to rounding.
#[test]
fn batch_matches_per_frame() {
    let (models, _) = load_models("main_dynamic_svms.txt");
    let stages = read_stages("imgseq");
    let hog = read_hog_file(&testdata("openface/imgseq.hog"));
    let pdm = Pdm::read(models.pdm_path.as_ref().unwrap()).unwrap();
    let geometry = pyfaceau::face_analyser::geometric_features::GeometryDescriptor::new(&pdm);
    let n = models.input_len();
    let mut rows = Vec::new();
    for (row, h) in stages.iter().zip(&hog) {
        rows.extend(h.values.iter().map(|&v| f64::from(v)));
        rows.extend(geometry.compute(&row.fit_local).unwrap());
    }
    // Any plausible median: the first frame's features scaled down.
    let median: Vec<f64> = rows[..n].iter().map(|v| 0.5 * v).collect();
    let x = ndarray::ArrayView2::from_shape((stages.len(), n), &rows).unwrap();
    let batch = models.predict_batch(x, &median).unwrap();
    let mut worst: f64 = 0.0;
    for f in 0..stages.len() {
        let one = models
            .predict_frame(&rows[f * n..(f + 1) * n], &median)
            .unwrap();
        for (k, v) in one.intensities.iter().enumerate() {
            worst = worst.max((v - batch.intensities[[f, k]]).abs());
        }
        for (k, v) in one.presences.iter().enumerate() {
            assert_eq!(*v, batch.presences[[f, k]], "frame {f} presence {k}");
        }
    }
    eprintln!("batch vs per-frame: max |d| {worst:.3e}");
    assert!(worst <= 1e-12, "batch vs per-frame: {worst}");
}

/// The static model set (`-au_static`): its static models are the same files as in the
/// dynamic set for AU04, 06, 07, 10, 12, 14, so their raw predictions must coincide (to 1e-12:
/// BLAS sums a 6-column and a 17-column product in different orders); and the offline step
/// still clips and smooths.
#[test]
fn static_model_set() {
    let (d_int, _, _, _, d_models) = run_video("imgseq", "main_dynamic_svms.txt");
    let (s_int, _, series, _, s_models) = run_video("imgseq", "main_static_svms.txt");
    for au in ["AU04", "AU06", "AU07", "AU10", "AU12", "AU14"] {
        let kd = d_models
            .intensity_names()
            .iter()
            .position(|n| n == au)
            .unwrap();
        let ks = s_models
            .intensity_names()
            .iter()
            .position(|n| n == au)
            .unwrap();
        for (a, b) in d_int.iter().zip(&s_int) {
            assert!(
                (a[kd] - b[ks]).abs() <= 1e-12,
                "{au}: {} vs {}",
                a[kd],
                b[ks]
            );
        }
    }
    assert!(series
        .intensities
        .iter()
        .flatten()
        .all(|v| (0.0..=5.0).contains(v)));
}

/// Errors name the file: a missing model and a truncated one.
#[test]
fn model_errors_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("list.txt");
    std::fs::write(&list, "missing.dat AU01\n").unwrap();
    match AuModels::read_au_list(&list) {
        Err(Error::ModelMissing { path }) => assert!(path.ends_with("missing.dat")),
        other => panic!("expected ModelMissing, got {other:?}"),
    }
    let src = models_dir().join("AU_predictors/svr_combined/AU_1_dynamic_intensity_comb.dat");
    let bytes = std::fs::read(src).unwrap();
    std::fs::write(dir.path().join("cut.dat"), &bytes[..bytes.len() - 5]).unwrap();
    std::fs::write(&list, "cut.dat AU01\n").unwrap();
    match AuModels::read_au_list(&list) {
        Err(Error::ModelFormat { path, detail }) => {
            assert!(path.ends_with("cut.dat"), "{path:?}");
            eprintln!("truncated model: {detail}");
        }
        other => panic!("expected ModelFormat, got {other:?}"),
    }
}

/// The incremental running median equals the plain port bit for bit on real descriptors (the
/// webcam sample's HOG and geometry, every frame, one in seven not added).
#[test]
fn fast_running_median_equals_naive_on_real_data() {
    use pyfaceau::face_analyser::running_median::{
        NaiveRunningMedian, RunningMedian, GEOM_HISTOGRAM, HOG_HISTOGRAM,
    };
    let (models, pdm) = load_models("main_dynamic_svms.txt");
    drop(models);
    let geometry = pyfaceau::face_analyser::geometric_features::GeometryDescriptor::new(&pdm);
    let name = "2015-10-15-15-14";
    let stages = read_stages(name);
    let hog = read_hog_file(&testdata(&format!("openface/{name}.hog")));
    let mut fast_h = RunningMedian::new(HOG_HISTOGRAM, 4464);
    let mut naive_h = NaiveRunningMedian::new(HOG_HISTOGRAM, 4464);
    let mut fast_g = RunningMedian::new(GEOM_HISTOGRAM, geometry.len());
    let mut naive_g = NaiveRunningMedian::new(GEOM_HISTOGRAM, geometry.len());
    let (mut a, mut b) = (vec![0.0; 4464], vec![0.0; 4464]);
    let (mut c, mut d) = (vec![0.0; geometry.len()], vec![0.0; geometry.len()]);
    for (t, (row, h)) in stages.iter().zip(&hog).enumerate() {
        let add = t % 7 != 3;
        let hog_d: Vec<f64> = h.values.iter().map(|&v| f64::from(v)).collect();
        let geom = geometry.compute(&row.fit_local).unwrap();
        fast_h.update(&hog_d, add, &mut a);
        naive_h.update(&hog_d, add, &mut b);
        fast_g.update(&geom, add, &mut c);
        naive_g.update(&geom, add, &mut d);
        assert!(
            a.iter().zip(&b).all(|(x, y)| x.to_bits() == y.to_bits()),
            "HOG, call {t}"
        );
        assert!(
            c.iter().zip(&d).all(|(x, y)| x.to_bits() == y.to_bits()),
            "geometry, call {t}"
        );
    }
    eprintln!(
        "fast == naive running median on {} real frames",
        stages.len()
    );
}

/// Failed frames (absent from the reference data, so checked against a plain step-by-step
/// restatement of `AddNextFrame` / `PostprocessPredictions` / `ExtractAllPredictionsOffline*`
/// built from the naive median and per-frame prediction): the first frame failing (empty
/// histogram), failures on odd and even frames, and a cap of 10 kept frames.
#[test]
fn failed_frames_follow_openface_schedule() {
    use pyfaceau::face_analyser::geometric_features::GeometryDescriptor;
    use pyfaceau::face_analyser::postprocess;
    use pyfaceau::face_analyser::running_median::{
        NaiveRunningMedian, GEOM_HISTOGRAM, HOG_HISTOGRAM,
    };

    let (models, pdm) = load_models("main_dynamic_svms.txt");
    let geometry = GeometryDescriptor::new(&pdm);
    let stages = read_stages("imgseq");
    let hog = read_hog_file(&testdata("openface/imgseq.hog"));
    let failed = [0usize, 1, 4, 11, 12, 28];
    let max_init = 10;
    let frames: Vec<(Vec<f64>, PdmParams, bool)> = stages
        .iter()
        .zip(&hog)
        .enumerate()
        .map(|(i, (row, h))| {
            let ok = !failed.contains(&i);
            // A failed frame's HOG is that of a black image: all zeros.
            let hog_d = if ok {
                h.values.iter().map(|&v| f64::from(v)).collect()
            } else {
                vec![0.0; h.values.len()]
            };
            (hog_d, row.fit_params(), ok)
        })
        .collect();

    let options = AnalyserOptions {
        max_init_frames: max_init,
        ..AnalyserOptions::default()
    };
    let mut analyser = AuAnalyser::new(&models, &pdm, options).unwrap();
    let mut ours_raw = Vec::new();
    for (h, p, ok) in &frames {
        ours_raw.push(analyser.add_frame_predicted(h, p, *ok).unwrap().clone());
    }
    let ours = analyser.finish().unwrap();

    // The restatement.
    let n_hog = frames[0].0.len();
    let mut med_h = NaiveRunningMedian::new(HOG_HISTOGRAM, n_hog);
    let mut med_g = NaiveRunningMedian::new(GEOM_HISTOGRAM, geometry.len());
    let mut median = vec![0.0; n_hog + geometry.len()];
    let (mut tracked, mut succ) = (0usize, 0usize);
    let mut kept = Vec::new();
    let mut hist_i: Vec<Vec<f64>> = vec![Vec::new(); 17];
    let mut hist_p: Vec<Vec<f64>> = vec![Vec::new(); 18];
    for (f, (h, p, ok)) in frames.iter().enumerate() {
        tracked += 1;
        let geom = if *ok {
            geometry.compute(&p.local).unwrap()
        } else {
            vec![0.0; geometry.len()]
        };
        if *ok {
            succ += 1;
        }
        if tracked % 2 == 1 {
            med_h.update(h, *ok, &mut median[..n_hog]);
            median[..n_hog].iter_mut().for_each(|m| *m = m.max(0.0));
            med_g.update(&geom, *ok, &mut median[n_hog..]);
        }
        let x: Vec<f64> = h.iter().chain(&geom).copied().collect();
        let mut pred = models.predict_frame(&x, &median).unwrap();
        if !ok {
            pred.intensities.iter_mut().for_each(|v| *v = 0.0);
            pred.presences.iter_mut().for_each(|v| *v = 0.0);
        }
        assert_eq!(pred, ours_raw[f], "raw prediction, frame {f}");
        for (k, v) in pred.intensities.iter().enumerate() {
            hist_i[k].push(*v);
        }
        for (k, v) in pred.presences.iter().enumerate() {
            hist_p[k].push(*v);
        }
        if *ok && succ - 1 < max_init {
            kept.push((f, x));
        }
    }
    assert_eq!(kept.len(), max_init);
    for (f, x) in &kept {
        let pred = models.predict_frame(x, &median).unwrap();
        for (k, v) in pred.intensities.iter().enumerate() {
            hist_i[k][*f] = *v;
        }
        for (k, v) in pred.presences.iter().enumerate() {
            hist_p[k][*f] = *v;
        }
    }
    let successes: Vec<bool> = frames.iter().map(|f| f.2).collect();
    assert_eq!(ours.successes, successes);
    for (k, m) in models.intensity_models().enumerate() {
        let offset = match m.cutoff {
            Some(c) => postprocess::calibration_offset(&hist_i[k], &successes, c),
            None => 0.0,
        };
        postprocess::shift_and_clip(&mut hist_i[k], &successes, offset);
        postprocess::smooth_intensities(&mut hist_i[k]);
        for (f, (a, b)) in ours.intensities[k].iter().zip(&hist_i[k]).enumerate() {
            assert!((a - b).abs() <= 1e-12, "{} frame {f}: {a} vs {b}", m.name);
        }
    }
    for (k, name) in models.presence_names().iter().enumerate() {
        postprocess::smooth_presences(&mut hist_p[k]);
        assert_eq!(ours.presences[k], hist_p[k], "{name}");
    }
}

/// `add_frame` leaves out the per-frame predictions of the frames `finish` predicts again;
/// the finished series are the same bits as with `add_frame_predicted`, with every frame
/// re-predicted (the default 3000) and with only the first 40 successful ones (the rest kept
/// as predicted on arrival). Checked on 2015-10-15-15-14's reference HOG and parameters.
#[test]
fn skipping_overwritten_predictions_changes_nothing() {
    let (models, pdm) = load_models("main_dynamic_svms.txt");
    let name = "2015-10-15-15-14";
    let stages = read_stages(name);
    let hog = read_hog_file(&testdata(&format!("openface/{name}.hog")));
    let frames: Vec<(Vec<f64>, _, bool)> = stages
        .iter()
        .zip(&hog)
        .map(|(row, h)| {
            let d: Vec<f64> = h.values.iter().map(|&v| f64::from(v)).collect();
            (d, row.fit_params(), row.success)
        })
        .collect();
    for max_init in [3000usize, 40] {
        let options = AnalyserOptions {
            max_init_frames: max_init,
            ..AnalyserOptions::for_models(&models)
        };
        let mut lean = AuAnalyser::new(&models, &pdm, options.clone()).unwrap();
        let mut full = AuAnalyser::new(&models, &pdm, options).unwrap();
        for (d, p, ok) in &frames {
            lean.add_frame(d, p, *ok).unwrap();
            full.add_frame_predicted(d, p, *ok).unwrap();
        }
        let (lean, full) = (lean.finish().unwrap(), full.finish().unwrap());
        let bits = |s: &AuSeries| -> Vec<u64> {
            s.intensities
                .iter()
                .chain(&s.presences)
                .flatten()
                .map(|v| v.to_bits())
                .collect()
        };
        assert_eq!(bits(&lean), bits(&full), "max_init_frames {max_init}");
        assert_eq!(lean.successes, full.successes);
        assert!(lean.intensities[0].len() == frames.len());
    }
}
