/** Taipan lib-threads: see DESIGN.md for the Python modules this library will provide. */
package taipan.threads;
