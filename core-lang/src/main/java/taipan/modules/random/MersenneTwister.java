package taipan.modules.random;

/**
 * MT19937 (Matsumoto and Nishimura), 32-bit words, seeded by init_by_array as CPython's
 * _random seeds it, so that equal seeds give CPython's sequences.
 */
final class MersenneTwister {
    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    final int[] mt = new int[N];
    int index = N + 1;

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1, j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000; // MSB is 1, assuring a non-zero initial array
        index = N;
    }

    private static int twist(int upper, int lower, int far) {
        int y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
        return far ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
    }

    /** The next 32 random bits. */
    int next32() {
        if (index >= N) {
            int kk = 0;
            for (; kk < N - M; kk++) {
                mt[kk] = twist(mt[kk], mt[kk + 1], mt[kk + M]);
            }
            for (; kk < N - 1; kk++) {
                mt[kk] = twist(mt[kk], mt[kk + 1], mt[kk + (M - N)]);
            }
            mt[N - 1] = twist(mt[N - 1], mt[0], mt[M - 1]);
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** A double in [0, 1) with 53 random bits. */
    double nextDouble() {
        int a = next32() >>> 5, b = next32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }
}
