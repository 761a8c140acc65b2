import sys, zipfile, os
d=sys.argv[1]; os.makedirs(d, exist_ok=True)
t="Statement of a cellmate: Aibek Sadykov came back from questioning with bruises on his forearm."
z=zipfile.ZipFile(f"{d}/statement.docx","w")
z.writestr("[Content_Types].xml",'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
z.writestr("_rels/.rels",'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
z.writestr("word/document.xml",f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:body></w:document>')
z.close()
open(f"{d}/statement.html","w").write(f"<html><body><p>{t}</p></body></html>\n")
open(f"{d}/statement.csv","w").write(f"who,what\ncellmate,\"{t}\"\n")
open(f"{d}/statement.svg","w").write(f'<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40"><text x="5" y="20">{t}</text></svg>\n')
open(f"{d}/statement.rtf","w").write("{\\rtf1\\ansi "+t+"}\n")
