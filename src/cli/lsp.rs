//! `factlint lsp`: the language server on standard input and output.

use std::io::Write as _;

/// Serve one editor session. Exit status 0 after `shutdown` and `exit`,
/// 1 when the editor exited or hung up without `shutdown` (as the protocol
/// asks), 2 on a broken connection (the reason on stderr, which editors
/// keep in their log).
pub fn run() -> u8 {
    let (connection, io) = lsp_server::Connection::stdio();
    let served = crate::lsp::run(&connection).and_then(|clean| {
        // Every answer written before the process ends. (Not after an
        // error: the input side may still be waiting for the editor.)
        drop(connection);
        io.join()
            .map(|()| clean)
            .map_err(|e| format!("connection: {e}"))
    });
    match served {
        Ok(true) => 0,
        Ok(false) => 1,
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
