"""What a public output may show: the personal-data detector (personaldata.py and the pattern
modules it uses), the text of a file a public output prints (publictext.py), and the one public
view of an answer (view.py) that the report, the Word letter and the exports all use."""
