# El selector de archivos y carpetas de la aplicación (abrir y «Guardar como…»).

## Selector
files-folder = Carpeta: { $folder }
files-up = Subir una carpeta
files-home = Carpeta personal
files-documents = Documentos
files-usb = Memorias USB
files-cannot-open = No se puede abrir esta carpeta ({ $problem }).
files-folder-entry = Carpeta: { $name }
files-file-entry = Archivo: { $name }
files-truncated = Solo se muestran las primeras 500 entradas.
files-no-folders = Aquí no hay carpetas.
files-no-files = Aquí no hay archivos ni carpetas de AnkleBack.
files-use-folder = Usar esta carpeta
files-cancel = Cancelar
files-name = Nombre del archivo
files-exists = «{ $name }» ya está aquí. ¿Quiere reemplazarlo?
files-replace = Reemplazarlo
files-keep = Conservarlo
files-save-here = Guardar aquí
files-name-empty = Escriba un nombre para el archivo.
files-name-separator = Un nombre de archivo no puede llevar / ni \.
files-name-dot = Un nombre de archivo no puede empezar por un punto.
files-name-folder = Aquí hay una carpeta con ese nombre.
