// Work in progress: this file is replaced as the module is built.
