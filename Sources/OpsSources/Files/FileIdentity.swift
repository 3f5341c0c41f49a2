import Glibc

/// Which file a path or descriptor refers to (device and inode), and how big it is.
struct FileIdentity: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
    }

    /// The file the path names now; nil with the `errno` when it cannot be stat'ed.
    static func of(path: String) -> Result<FileIdentity, SystemErrno> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(SystemErrno(code: errno)) }
        return .success(FileIdentity(info))
    }

    /// The file an open descriptor refers to.
    static func of(descriptor fd: Int32) -> FileIdentity? {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        return FileIdentity(info)
    }

    /// Same device and inode, whatever the sizes.
    func isSameFile(as other: FileIdentity) -> Bool {
        device == other.device && inode == other.inode
    }
}
