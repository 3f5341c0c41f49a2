/// An `errno` value as an `Error`, for `Result`s of internal system-call wrappers.
struct SystemErrno: Error, Equatable {
    var code: Int32
}
