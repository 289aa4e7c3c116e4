//! Compiles `src/io/opencv_on_demand.cpp`, the loader of OpenCV's image codecs and video
//! writer (opened with `dlopen` on first use instead of being linked; see that file).

fn main() {
    println!("cargo:rustc-check-cfg=cfg(opencv_on_demand)");
    println!("cargo:rerun-if-env-changed=PYFACEAU_OPENCV_LINKED");
    // The loader knows the library and C++ symbol names of Linux with glibc and libstdc++;
    // elsewhere (or with PYFACEAU_OPENCV_LINKED=1) OpenCV is linked and called directly.
    let target = |key: &str| std::env::var(key).unwrap_or_default();
    let linked = std::env::var("PYFACEAU_OPENCV_LINKED").is_ok_and(|v| v == "1");
    if linked || target("CARGO_CFG_TARGET_OS") != "linux" || target("CARGO_CFG_TARGET_ENV") != "gnu"
    {
        return;
    }
    println!("cargo:rustc-cfg=opencv_on_demand");
    println!("cargo:rerun-if-changed=src/io/opencv_on_demand.cpp");
    println!("cargo:rerun-if-env-changed=OPENCV_INCLUDE_PATHS");
    let mut build = cc::Build::new();
    build
        .cpp(true)
        .std("c++17")
        .file("src/io/opencv_on_demand.cpp");
    // The include folders the opencv crate uses: `OPENCV_INCLUDE_PATHS` when set, else
    // pkg-config's `opencv4`.
    match std::env::var("OPENCV_INCLUDE_PATHS") {
        Ok(paths) if !paths.is_empty() => {
            for path in paths.split(',').filter(|p| !p.is_empty()) {
                build.include(path.trim_start_matches('+'));
            }
        }
        _ => {
            let lib = pkg_config::Config::new()
                .cargo_metadata(false)
                .probe("opencv4")
                .expect("OpenCV 4 headers (pkg-config opencv4, or set OPENCV_INCLUDE_PATHS)");
            for path in lib.include_paths {
                build.include(path);
            }
        }
    }
    build.compile("pyfaceau_opencv_on_demand");
    println!("cargo:rustc-link-lib=dylib=dl");
}
