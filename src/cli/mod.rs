//! The command line: parse arguments, run the pipeline, print, exit.
