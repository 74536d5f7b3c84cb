package taipan.runtime.io;

/**
 * The old buffer interface as file I/O uses it: implemented by objects whose bytes
 * {@code file.write}/{@code writelines} accept besides str (bytearray, buffer, memoryview,
 * array) and that {@code file.readinto} can fill.
 */
public interface BufferProtocol {
    /** A copy of the bytes (the read buffer). */
    byte[] bufferBytes();

    /**
     * Whether the object also offers the character-buffer interface, which text-mode
     * writes need (bytearray and buffer do, memoryview and array do not).
     */
    boolean isCharBuffer();

    /** Whether {@link #storeBytes} may be used (a read-write buffer: bytearray, array). */
    boolean isWritableBuffer();

    /** The length in bytes. */
    int bufferLength();

    /** Stores {@code len} bytes of {@code src} at byte position {@code pos}. */
    void storeBytes(int pos, byte[] src, int off, int len);
}
