package taipan.runtime;

/**
 * An object exposing its contents as bytes (CPython's buffer interface): str, bytearray,
 * buffer, memoryview, and library types such as array.array or mmap. String methods,
 * codecs and file writes read it; {@code file.readinto} fills writable ones.
 */
public interface BufferProtocol {
    /**
     * The object's bytes, exactly its length. Immutable objects may return their own
     * array; callers must not modify the result.
     */
    byte[] bufferBytes();

    /**
     * Whether the object also offers the character-buffer interface, which text-mode
     * writes need (str, bytearray and buffer do; memoryview and array do not).
     */
    default boolean isCharBuffer() {
        return true;
    }

    /** Whether memoryview accepts the object (2.7's new buffer interface; array lacks it). */
    default boolean isMemoryViewable() {
        return true;
    }

    /** Whether {@link #storeBytes} may be used (a read-write buffer: bytearray, array). */
    default boolean isWritableBuffer() {
        return false;
    }

    /** The length in bytes. */
    default int bufferLength() {
        return bufferBytes().length;
    }

    /** Stores {@code len} bytes of {@code src} at byte position {@code pos}. */
    default void storeBytes(int pos, byte[] src, int off, int len) {
        throw Py.TypeError("cannot modify read-only memory");
    }
}
