use pyfaceau::mtcnn::*;
use pyfaceau::video::*;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let det = MtcnnDetector::load("/work/shared/models/openface-2.2".as_ref()).unwrap();
    let mut r = VideoReader::open(&args[1]).unwrap();
    let f = r.next().unwrap().unwrap();
    let n: usize = args[2].parse().unwrap();
    let t = std::time::Instant::now();
    let mut ws = MtcnnWorkspace::new();
    let o = MtcnnOptions::default();
    for _ in 0..n {
        std::hint::black_box(det.detect_with_workspace(&f.image, &o, &mut ws).unwrap());
    }
    println!("{:.3} ms/call", t.elapsed().as_secs_f64() * 1e3 / n as f64);
}
