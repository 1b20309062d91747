/** The launcher: runs a command or opens the window, and knows where the library and settings live. */
package kexuereader.app;
