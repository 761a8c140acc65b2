#!/bin/bash
# $EDITOR for `tamga edit`: while the editor is "open", another administrator's removal of Gone lands, then the text is changed.
T=/work/notes/web-attack-40/tamga
$T member remove --member Admin Gone >/dev/null 2>&1; echo "editor: removed Gone: $?" >&2
sed -i 's/^The monitors observed bruising/The monitors observed bruising [edit-after-removal secret]{.internal}/' "$1" 2>/dev/null || python3 - "$1" <<'PY'
import sys; p=sys.argv[1]; s=open(p).read(); open(p,'w').write(s.replace("The monitors observed bruising","The monitors observed bruising [edit-after-removal secret]{.internal}"))
PY
