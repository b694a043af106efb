//! The `factlint` binary: everything lives in the library.

fn main() -> std::process::ExitCode {
    factlint::cli::main()
}
