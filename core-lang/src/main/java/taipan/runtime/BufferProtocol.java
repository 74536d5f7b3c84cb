package taipan.runtime;

/**
 * An object exposing its contents as bytes (CPython's old buffer interface as the
 * string methods use it through {@code PyObject_AsCharBuffer}): str, bytearray,
 * buffer, and library types such as array.array or mmap may implement it.
 */
public interface BufferProtocol {
    /**
     * The object's bytes, exactly its length. Immutable objects may return their own
     * array; callers must not modify the result.
     */
    byte[] bufferBytes();
}
