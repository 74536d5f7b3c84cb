/**
 * Taipan lib-threads: {@code thread} (Java, {@link taipan.threads.thread.ThreadModule}:
 * Python threads are Java platform threads, no global lock) and the pure-Python
 * {@code threading}, {@code Queue}, {@code dummy_thread}, {@code dummy_threading} and
 * {@code _threading_local} under {@code taipan/lib/}. At normal exit the launcher calls
 * {@code threading._shutdown()} (as Py_Finalize) so that non-daemon threads are joined.
 */
package taipan.threads;
