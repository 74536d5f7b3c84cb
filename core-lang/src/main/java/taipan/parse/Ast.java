package taipan.parse;

import java.util.List;

/**
 * The abstract syntax tree, node for node the one of Python 2.7's {@code ast} module
 * (Parser/Python.asdl of 2.7): same node names, same fields, same order. Every node
 * carries the source line (1-based) and column (0-based byte offset) as 2.7 does.
 *
 * <p>Literal values stay plain Java values so the parser does not depend on the object
 * model: {@link Num#value()} is a {@link Long} (int), a {@link java.math.BigInteger}
 * (long: an {@code L} suffix or an int literal that overflowed), a {@link Double}
 * or an {@link Imag}; {@link Str#value()} holds a byte string as one char per byte
 * (0–255) when {@code unicode} is false.
 */
public final class Ast {
    private Ast() {}

    /** Anything with a position. */
    public interface Node {
        int line();
        int col();
    }

    // ---- modules ----------------------------------------------------------------------

    public sealed interface Mod permits Module, Interactive, Expression {}

    public record Module(List<Stmt> body) implements Mod {}

    public record Interactive(List<Stmt> body) implements Mod {}

    public record Expression(Expr body) implements Mod {}

    // ---- statements -------------------------------------------------------------------

    public sealed interface Stmt extends Node
            permits FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, Print, For, While,
                    If, With, Raise, TryExcept, TryFinally, Assert, Import, ImportFrom, Exec,
                    Global, ExprStmt, Pass, Break, Continue {}

    public record FunctionDef(int line, int col, String name, Arguments args, List<Stmt> body,
                              List<Expr> decorators) implements Stmt {}

    public record ClassDef(int line, int col, String name, List<Expr> bases, List<Stmt> body,
                           List<Expr> decorators) implements Stmt {}

    /** {@code value} may be null. */
    public record Return(int line, int col, Expr value) implements Stmt {}

    public record Delete(int line, int col, List<Expr> targets) implements Stmt {}

    /** {@code a = b = value}: targets in source order. */
    public record Assign(int line, int col, List<Expr> targets, Expr value) implements Stmt {}

    public record AugAssign(int line, int col, Expr target, Operator op, Expr value) implements Stmt {}

    /** {@code print >>dest, values}; {@code nl} is false when a trailing comma is present. */
    public record Print(int line, int col, Expr dest, List<Expr> values, boolean nl) implements Stmt {}

    public record For(int line, int col, Expr target, Expr iter, List<Stmt> body,
                      List<Stmt> orelse) implements Stmt {}

    public record While(int line, int col, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    public record If(int line, int col, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    /**
     * One {@code with} item; {@code with a as x, b as y:} is two nested With nodes, as in 2.7.
     * {@code optionalVars} may be null.
     */
    public record With(int line, int col, Expr contextExpr, Expr optionalVars, List<Stmt> body)
            implements Stmt {}

    /** {@code raise type, inst, tback}; any of them may be null. */
    public record Raise(int line, int col, Expr type, Expr inst, Expr tback) implements Stmt {}

    public record TryExcept(int line, int col, List<Stmt> body, List<ExceptHandler> handlers,
                            List<Stmt> orelse) implements Stmt {}

    public record TryFinally(int line, int col, List<Stmt> body, List<Stmt> finalbody) implements Stmt {}

    public record Assert(int line, int col, Expr test, Expr msg) implements Stmt {}

    public record Import(int line, int col, List<Alias> names) implements Stmt {}

    /**
     * {@code from module import names}; {@code module} is null for {@code from . import x};
     * {@code level} counts the leading dots. A star import is one alias named "*".
     */
    public record ImportFrom(int line, int col, String module, List<Alias> names, int level)
            implements Stmt {}

    public record Exec(int line, int col, Expr body, Expr globals, Expr locals) implements Stmt {}

    public record Global(int line, int col, List<String> names) implements Stmt {}

    /** An expression statement (ast.Expr). */
    public record ExprStmt(int line, int col, Expr value) implements Stmt {}

    public record Pass(int line, int col) implements Stmt {}

    public record Break(int line, int col) implements Stmt {}

    public record Continue(int line, int col) implements Stmt {}

    // ---- expressions ------------------------------------------------------------------

    public sealed interface Expr extends Node
            permits BoolOp, BinOp, UnaryOp, Lambda, IfExp, Dict, SetDisplay, ListComp, SetComp,
                    DictComp, GeneratorExp, Yield, Compare, Call, Repr, Num, Str, Attribute,
                    Subscript, Name, ListDisplay, TupleDisplay {}

    public enum Ctx { LOAD, STORE, DEL, AUG_LOAD, AUG_STORE, PARAM }

    public record BoolOp(int line, int col, BoolOperator op, List<Expr> values) implements Expr {}

    public record BinOp(int line, int col, Expr left, Operator op, Expr right) implements Expr {}

    public record UnaryOp(int line, int col, UnaryOperator op, Expr operand) implements Expr {}

    public record Lambda(int line, int col, Arguments args, Expr body) implements Expr {}

    public record IfExp(int line, int col, Expr test, Expr body, Expr orelse) implements Expr {}

    public record Dict(int line, int col, List<Expr> keys, List<Expr> values) implements Expr {}

    /** ast.Set: {@code {a, b}}. */
    public record SetDisplay(int line, int col, List<Expr> elts) implements Expr {}

    public record ListComp(int line, int col, Expr elt, List<Comprehension> generators) implements Expr {}

    public record SetComp(int line, int col, Expr elt, List<Comprehension> generators) implements Expr {}

    public record DictComp(int line, int col, Expr key, Expr value, List<Comprehension> generators)
            implements Expr {}

    public record GeneratorExp(int line, int col, Expr elt, List<Comprehension> generators)
            implements Expr {}

    /** {@code value} may be null. */
    public record Yield(int line, int col, Expr value) implements Expr {}

    public record Compare(int line, int col, Expr left, List<CmpOp> ops, List<Expr> comparators)
            implements Expr {}

    /** {@code starargs} and {@code kwargs} may be null. */
    public record Call(int line, int col, Expr func, List<Expr> args, List<Keyword> keywords,
                       Expr starargs, Expr kwargs) implements Expr {}

    /** Backquotes: {@code `x`}. */
    public record Repr(int line, int col, Expr value) implements Expr {}

    /** See the class comment for the Java type of {@code value}. */
    public record Num(int line, int col, Object value) implements Expr {}

    /** See the class comment: a byte string holds one char (0–255) per byte. */
    public record Str(int line, int col, String value, boolean unicode) implements Expr {}

    public record Attribute(int line, int col, Expr value, String attr, Ctx ctx) implements Expr {}

    public record Subscript(int line, int col, Expr value, Slice slice, Ctx ctx) implements Expr {}

    public record Name(int line, int col, String id, Ctx ctx) implements Expr {}

    /** ast.List. */
    public record ListDisplay(int line, int col, List<Expr> elts, Ctx ctx) implements Expr {}

    /** ast.Tuple. */
    public record TupleDisplay(int line, int col, List<Expr> elts, Ctx ctx) implements Expr {}

    /** The value of an imaginary literal such as {@code 3j}. */
    public record Imag(double value) {}

    // ---- slices -----------------------------------------------------------------------

    public sealed interface Slice permits Ellipsis, SliceRange, ExtSlice, Index {}

    public record Ellipsis() implements Slice {}

    /** ast.Slice: {@code lower:upper:step}; each may be null. {@code step} is a Name "None"
     *  when the source has a second colon with nothing after it, as 2.7's parser makes it. */
    public record SliceRange(Expr lower, Expr upper, Expr step) implements Slice {}

    public record ExtSlice(List<Slice> dims) implements Slice {}

    public record Index(Expr value) implements Slice {}

    // ---- the small things -------------------------------------------------------------

    public enum BoolOperator { AND, OR }

    public enum Operator {
        ADD("+"), SUB("-"), MULT("*"), DIV("/"), MOD("%"), POW("**"), LSHIFT("<<"), RSHIFT(">>"),
        BITOR("|"), BITXOR("^"), BITAND("&"), FLOORDIV("//");

        public final String symbol;

        Operator(String symbol) { this.symbol = symbol; }
    }

    public enum UnaryOperator { INVERT, NOT, UADD, USUB }

    public enum CmpOp {
        EQ("=="), NOTEQ("!="), LT("<"), LTE("<="), GT(">"), GTE(">="), IS("is"), ISNOT("is not"),
        IN("in"), NOTIN("not in");

        public final String symbol;

        CmpOp(String symbol) { this.symbol = symbol; }
    }

    public record Comprehension(Expr target, Expr iter, List<Expr> ifs) {}

    /** {@code type} and {@code name} may be null; {@code name} is any assignable target in 2.7. */
    public record ExceptHandler(int line, int col, Expr type, Expr name, List<Stmt> body) implements Node {}

    /**
     * Parameters. {@code args} holds Name nodes (ctx PARAM) or, for 2.7's sublist parameters
     * {@code def f(a, (b, c)):}, TupleDisplay nodes (ctx STORE). {@code vararg}/{@code kwarg}
     * may be null.
     */
    public record Arguments(List<Expr> args, String vararg, String kwarg, List<Expr> defaults) {}

    public record Keyword(String arg, Expr value) {}

    public record Alias(String name, String asname) {}
}
