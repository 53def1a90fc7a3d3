"""One parser per data package. Each turns a verified tarball into chunks, and checks the
fields it relies on so that a schema change stops the build with a clear message."""
