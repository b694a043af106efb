//! Reference YAML loading on arbitrary text: errors are fine, panics and
//! hangs are not.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let _ = factlint::reference::load_sources(&[("fuzz.yaml".to_owned(), text)]);
});
