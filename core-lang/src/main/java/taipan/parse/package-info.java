/**
 * Taipan's Python 2.7 front end: {@link taipan.parse.SourceDecoder} (PEP 263),
 * {@link taipan.parse.Tokenizer}, the recursive-descent {@link taipan.parse.Parser} producing
 * {@link taipan.parse.Ast} trees exactly as CPython 2.7's parser and ast.c do, with CPython's
 * error messages and positions ({@link taipan.parse.ParseError}), and
 * {@link taipan.parse.AstDump} rendering trees as {@code ast.dump} does.
 *
 * <p>Tests compare with CPython 2.7 through {@code golden.txt}, generated from
 * {@code snippets.txt} by {@code gen_golden.py} (test resources).
 */
package taipan.parse;
