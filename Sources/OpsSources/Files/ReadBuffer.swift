/// A fixed-size byte buffer allocated once and reused for every `read`.
final class ReadBuffer {
    let bytes: UnsafeMutableRawBufferPointer

    init(size: Int) {
        bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: Swift.max(1, size), alignment: 16)
    }

    deinit {
        bytes.deallocate()
    }
}
