// OpenCV's image codecs (`imread`, `imwrite`) and video writer, loaded when first used.
//
// `libopencv_imgcodecs` and `libopencv_videoio` bring about 130 further shared libraries
// (GDAL, GDCM, OpenEXR, GStreamer, ...) whose loading and static constructors take about
// 0.1 s and 35 MB of resident memory at every process start (see docs/parity.md, "Start-up").
// Most runs read a video with FFmpeg and never use them, so they are not linked: this file
// opens them with `dlopen` on the first call and calls OpenCV's own functions through
// pointers of their exact C++ types, so the results are those of a direct call.
//
// C interface for `src/io/opencv_on_demand.rs`: every function returns 0 on success, else
// writes the error (OpenCV's code and message) to `err` and returns non-zero.

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

#include <dlfcn.h>

#include <cstdio>
#include <cstring>
#include <exception>
#include <mutex>
#include <string>
#include <vector>

namespace {

struct Error {
    int code;
    char message[1024];
};

void set_error(Error *err, int code, const char *message) {
    err->code = code;
    std::snprintf(err->message, sizeof err->message, "%s", message);
}

// The name a library of this OpenCV build has at run time (`libopencv_imgcodecs.so.406`).
std::string library_name(const char *module) {
    char name[128];
#if defined(__APPLE__)
    std::snprintf(name, sizeof name, "libopencv_%s.%d%02d.dylib", module, CV_VERSION_MAJOR,
                  CV_VERSION_MINOR);
#else
    std::snprintf(name, sizeof name, "libopencv_%s.so.%d%02d", module, CV_VERSION_MAJOR,
                  CV_VERSION_MINOR);
#endif
    return name;
}

// One OpenCV module, opened once per process and never closed.
struct Module {
    const char *name;
    std::once_flag once;
    void *handle = nullptr;
    std::string failure;

    explicit Module(const char *n) : name(n) {}

    void *symbol(const char *mangled, Error *err) {
        std::call_once(once, [this] {
            std::string file = library_name(name);
            handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
            if (handle == nullptr) {
                const char *why = dlerror();
                failure = "cannot load " + file + ": " + (why ? why : "unknown error");
            }
        });
        if (handle == nullptr) {
            set_error(err, cv::Error::StsError, failure.c_str());
            return nullptr;
        }
        void *sym = dlsym(handle, mangled);
        if (sym == nullptr) {
            std::string msg = library_name(name) + " has no " + mangled;
            set_error(err, cv::Error::StsError, msg.c_str());
        }
        return sym;
    }
};

Module imgcodecs("imgcodecs");
Module videoio("videoio");

// The Itanium C++ ABI names of the functions called (libstdc++'s `std::string`).
using ImreadFn = cv::Mat (*)(const cv::String &, int);
const char *const IMREAD = "_ZN2cv6imreadERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEi";
using ImwriteFn = bool (*)(const cv::String &, const cv::_InputArray &, const std::vector<int> &);
const char *const IMWRITE =
    "_ZN2cv7imwriteERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEERKNS_11_InputArrayERKSt6"
    "vectorIiSaIiEE";
// `VideoWriter::VideoWriter()`, called on storage of the class's size.
using WriterCtorFn = void (*)(cv::VideoWriter *);
const char *const WRITER_CTOR = "_ZN2cv11VideoWriterC1Ev";

template <typename F> int guarded(Error *err, F f) {
    try {
        f();
        return 0;
    } catch (const cv::Exception &e) {
        set_error(err, e.code, e.what());
    } catch (const std::exception &e) {
        set_error(err, cv::Error::StsError, e.what());
    } catch (...) {
        set_error(err, cv::Error::StsError, "unknown C++ exception");
    }
    return 1;
}

} // namespace

extern "C" {

// `cv::imread(path, flags)`; `*out` receives a new `cv::Mat` (owned by the caller).
int pyfaceau_imread(const char *path, int flags, cv::Mat **out, Error *err) {
    auto f = reinterpret_cast<ImreadFn>(imgcodecs.symbol(IMREAD, err));
    if (f == nullptr) return 1;
    return guarded(err, [&] { *out = new cv::Mat(f(cv::String(path), flags)); });
}

// `cv::imwrite(path, *image, {})`; `*written` is its return value.
int pyfaceau_imwrite(const char *path, const cv::Mat *image, int *written, Error *err) {
    auto f = reinterpret_cast<ImwriteFn>(imgcodecs.symbol(IMWRITE, err));
    if (f == nullptr) return 1;
    return guarded(err, [&] {
        std::vector<int> params;
        *written = f(cv::String(path), cv::_InputArray(*image), params) ? 1 : 0;
    });
}

// `new cv::VideoWriter(path, fourcc, fps, {width, height}, true)` (the constructor calls
// `open`, as here); `*opened` is `isOpened()`.
int pyfaceau_video_writer_new(const char *path, int fourcc, double fps, int width, int height,
                              cv::VideoWriter **out, int *opened, Error *err) {
    auto ctor = reinterpret_cast<WriterCtorFn>(videoio.symbol(WRITER_CTOR, err));
    if (ctor == nullptr) return 1;
    return guarded(err, [&] {
        void *storage = ::operator new(sizeof(cv::VideoWriter));
        auto *writer = static_cast<cv::VideoWriter *>(storage);
        try {
            ctor(writer);
        } catch (...) {
            ::operator delete(storage);
            throw;
        }
        *out = writer;
        // Virtual members: called through the object's table, defined in libopencv_videoio.
        writer->open(cv::String(path), fourcc, fps, cv::Size(width, height), true);
        *opened = writer->isOpened() ? 1 : 0;
    });
}

int pyfaceau_video_writer_write(cv::VideoWriter *writer, const cv::Mat *frame, Error *err) {
    return guarded(err, [&] { writer->write(*frame); });
}

int pyfaceau_video_writer_release(cv::VideoWriter *writer, Error *err) {
    return guarded(err, [&] { writer->release(); });
}

// Destroys a writer from `pyfaceau_video_writer_new` (virtual destructor, then the storage).
void pyfaceau_video_writer_delete(cv::VideoWriter *writer) {
    try {
        writer->~VideoWriter();
    } catch (...) {
    }
    ::operator delete(static_cast<void *>(writer));
}

} // extern "C"
