package taipan.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import taipan.parse.Parser;

/**
 * The SyntaxErrors the symbol table and code generator raise, with the message and line
 * CPython 2.7.18 gives for the same source (recorded with compile(src, '<test>', 'exec')).
 */
class CompileErrorsTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("return 1", "'return' outside function", 1),
                Arguments.of("yield 1", "'yield' outside function", 1),
                Arguments.of("def f():\n  yield 1\n  return 2\n", "'return' with argument inside generator", 3),
                Arguments.of("break", "'break' outside loop", 1),
                Arguments.of("continue", "'continue' not properly in loop", 1),
                Arguments.of("while 1:\n  try:\n    pass\n  finally:\n    continue\n",
                        "'continue' not supported inside 'finally' clause", 5),
                Arguments.of("def f(a, a): pass", "duplicate argument 'a' in function definition", 1),
                Arguments.of("def f(a):\n  global a\n", "name 'a' is local and global", 1),
                Arguments.of("def f():\n  exec 'x'\n  def g(): return x\n",
                        "unqualified exec is not allowed in function 'f' because it contains a nested function with free variables", 2),
                Arguments.of("def f():\n  from os import *\n  def g(): return x\n",
                        "import * is not allowed in function 'f' because it contains a nested function with free variables", 2),
                Arguments.of("try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass\n",
                        "default 'except:' must be last", 2),
                Arguments.of("class C:\n  return 1\n", "'return' outside function", 2),
                Arguments.of("def f():\n  class C:\n    yield 1\n", "'yield' outside function", 3),
                Arguments.of("def f():\n  x = 1\n  def g():\n    exec 'y'\n    return x\n",
                        "unqualified exec is not allowed in function 'g' because it is a nested function", 4));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void errorsAsCPython(String source, String message, int line) {
        CompileError e = assertThrows(CompileError.class, () -> compile(source));
        assertEquals(message, e.getMessage());
        assertEquals(line, e.line);
    }

    @ParameterizedTest
    @MethodSource("valid")
    void validSourcesCompile(String source) {
        compile(source);
    }

    static Stream<String> valid() {
        return Stream.of("def f():\n  return\n  yield 1\n", "lambda: (yield)", "def f():\n  exec 'x' in {}\n  def g(): return f\n",
                "class C:\n  x = 1\n  def m(self): return x\n", "def f(a, (b, c)=(1, 2), *args, **kw): pass\n");
    }

    private static void compile(String source) {
        var r = Parser.parse(source.getBytes(StandardCharsets.ISO_8859_1), "<test>", "exec", Parser.STRING_INPUT);
        Compiler.compile(r.tree(), "<test>", r.futureFlags(), false);
    }
}
