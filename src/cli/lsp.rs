//! `factlint lsp`: the language server on standard input and output.

use std::io::Write as _;

/// Serve one editor session; 0 once it shut down cleanly, 2 on a broken
/// connection (the reason on stderr, which editors keep in their log).
pub fn run() -> u8 {
    let (connection, io) = lsp_server::Connection::stdio();
    let served = crate::lsp::run(&connection);
    drop(connection);
    let joined = io.join().map_err(|e| format!("connection: {e}"));
    match served.and(joined) {
        Ok(()) => 0,
        Err(e) => {
            let _ = writeln!(
                std::io::stderr(),
                "factlint lsp: {}",
                crate::escape::visible(&e)
            );
            2
        }
    }
}
