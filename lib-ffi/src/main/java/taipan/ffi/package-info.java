/** Taipan lib-ffi: see DESIGN.md for the Python modules this library will provide. */
package taipan.ffi;
